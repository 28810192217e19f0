// @netweave/console: the facilitator console, the participant join page and the projector page,
// side-effect free.
// `./define.js` registers the three elements; the built pages (`app/console.html`, `app/join.html`,
// `app/display.html`) are what a collector serves.
export { NetweaveConsole } from './console.js';
export { NetweaveJoin } from './join.js';
export { NetweaveDisplay } from './display.js';
export { CollectorApi, adminSession, type AdminSession, type SessionCounts, type ApiOptions } from './api.js';
export { ApiError } from './http.js';
export { lookupJoin, type JoinInfo } from './join-api.js';
export { codeFromPath } from './lib/code.js';
export { embedSnippet, type SnippetInput } from './lib/snippet.js';
export {
  TEMPLATES,
  TEMPLATE_WIDGETS,
  participantWidget,
  displayWidget,
  type DisplayView,
  isTemplate,
  type Template,
} from './lib/templates.js';
export { consoleStrings, type ConsoleStrings } from './strings.js';
export { joinStrings, type JoinStrings } from './join-strings.js';
export { displayStrings, type DisplayStrings } from './display-strings.js';
export { VERSION } from './version.js';
