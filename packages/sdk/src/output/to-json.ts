/** An Analysis as JSON text (withheld figures are `null` with `suppressed: true`). */
import type { Analysis } from '../analyse.js';

export function analysisToJson(analysis: Analysis, space = 2): string {
  return JSON.stringify(analysis, null, space) + '\n';
}
