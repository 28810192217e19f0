/** Files smaller than this are read in one pass (starting threads costs more than they save). */
export const PARALLEL_MIN_BYTES = 8 << 20;
