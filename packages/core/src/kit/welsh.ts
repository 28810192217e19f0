/**
 * Welsh month and day names and list joiners from netweave's own tables, registered when a widget
 * first shows Welsh (loaded on demand by the language controller, so English pages never fetch them).
 */
import { setWelshFormats, welshFormats } from '@netweave/model';

setWelshFormats(welshFormats);
