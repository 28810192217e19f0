/**
 * Structured logs: one JSON object per line on stdout. Only fixed message names, route patterns,
 * status codes and timings: never client addresses, never submitted text.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function jsonLogger(write: (text: string) => void = (text) => process.stdout.write(text)): Logger {
  // Lines written in the same turn of the event loop go out in one write (fewer syscalls under load).
  let pending = '';
  const flush = () => {
    const text = pending;
    pending = '';
    if (text) write(text);
  };
  process.on('exit', flush);
  const log = (level: string, msg: string, fields: LogFields = {}) => {
    if (!pending) setImmediate(flush);
    pending += JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }) + '\n';
  };
  return {
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
