// The TRIZ board, side-effect free (`@netweave/commitments-wall/triz-board.js`); `./define.js`
// beside it registers <netweave-triz-board>. Kept apart from the wall's own entry so that the
// wall's CDN file does not carry the board (the board has its CDN file: cdn/triz-board.js).
export { NetweaveTrizBoard } from './triz-board.js';
export { trizBoardStrings, loadTrizWelsh, type TrizBoardStrings } from './strings.js';
export type { BoardDraft } from './board-controller.js';
export {
  addState,
  clockText,
  historySteps,
  noteActions,
  reasonKey,
  roundAfter,
  roundPosition,
  roundStatus,
  sections,
  type HistoryStep,
  type NoteAction,
} from './lib/board.js';
