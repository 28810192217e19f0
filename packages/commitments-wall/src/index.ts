export { NetweaveCommitmentsWall } from './commitments-wall.js';
export { CommitmentAddEvent, CommitmentReactEvent } from './events.js';
export { TRIZ_COLUMNS, PALETTE, parseColumns, type ColumnConfig, type ColumnColour } from './lib/columns.js';
export { SortedCommitments } from './lib/sorted.js';
export { applyFilter, type WallFilter } from './lib/filter.js';
export { wallToCsv, wallToJson } from './lib/export.js';
export { wallStrings, loadWelsh, type WallStrings } from './strings.js';
export type { Entry, DeviceData } from './wall-controller.js';
export { VERSION } from './version.js';
// The TRIZ board's types. Its class and helpers are at '@netweave/commitments-wall/triz-board.js'
// (registered by '@netweave/commitments-wall/triz-board/define.js'; CDN: cdn/triz-board.js), kept
// out of this entry so that the wall's CDN file, which re-exports it, does not carry the board.
export type {
  NetweaveTrizBoard,
  TrizBoardStrings,
  BoardDraft,
  HistoryStep,
  NoteAction,
} from './triz/index.js';
