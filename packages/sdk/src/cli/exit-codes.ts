/** The `netweave` command's exit codes (documented in the README and `--help`). */
export const EXIT = {
  /** Done; no errors in the data (warnings may have been printed). */
  ok: 0,
  /** Done, but rows with errors were found (validate), or strict mode stopped at the first error. */
  dataErrors: 1,
  /** Wrong use of the command: unknown option, bad value, missing argument. */
  usage: 2,
  /** Nothing usable to read: a file is missing or unreadable, a mapping/catalogue is invalid, or no responses were found. */
  noInput: 3,
  /** The output could not be written. */
  output: 4,
} as const;
