/** Node-only readers (files, streams) for `@netweave/sdk/node`; everything else is in the main entry. */
export { readStream } from './read-stream.js';
export { readFile } from './read-file.js';
export { aggregateFiles, type AggregateFilesOptions, type AggregateFilesResult } from './aggregate-files.js';
