/**
 * Welsh dates, times and lists from netweave's own tables (browsers may lack Welsh locale data).
 * Loaded on demand by a chart that shows Welsh, so English pages do not carry them.
 */
import { setWelshFormats, welshFormats } from '@netweave/core';

setWelshFormats(welshFormats);
