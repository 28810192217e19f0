/**
 * A progress bar on stderr, drawn only when stderr is a terminal (never in pipes, logs or CI),
 * redrawn at most ten times a second.
 */
export interface Progress {
  update(done: number): void;
  done(): void;
}

export function createProgress(
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  label = 'Reading',
): Progress {
  if (!stream.isTTY || total <= 0) return { update() {}, done() {} };
  let last = 0;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30));
    const share = Math.min(1, done / total);
    const filled = Math.round(share * width);
    stream.write(
      `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`,
    );
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      draw(done);
    },
    done() {
      draw(total);
      stream.write('\n');
    },
  };
}
