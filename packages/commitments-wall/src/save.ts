/** Saving the wall as a file, loaded the first time someone downloads it. */
export { download } from '@netweave/core';
