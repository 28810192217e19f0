/**
 * A copy of a string that does not keep its source alive. Cells that papaparse returns are
 * slices of the chunk they were read from, and V8 keeps the whole chunk in memory for as long as
 * a slice (or a string built from one) is kept. `(' ' + s).slice(1)` flattens into a new string:
 * anything the readers keep beyond a row (cache keys, issue messages, counted texts) goes through
 * this first, so memory stays bounded whatever the input.
 */
export const flatString = (text: string): string => (' ' + text).slice(1);
