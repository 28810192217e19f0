/** Starting collector processes for the bench: from dist when it is up to date, else from src. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const TOKEN = 'bench-admin-token-0123456789';

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * How to run the collector: the build when it is newer than every source file (no tsx in the
 * measurement), else the sources through tsx, so a stale build is never what is measured.
 */
export function collectorCommand(): { args: string[]; from: string } {
  // tsc -b writes only the files that change: the build is as new as its newest file.
  const dist = join(packageDir, 'dist');
  if (existsSync(join(dist, 'bin.js')) && newest(dist) >= newest(join(packageDir, 'src')))
    return { args: ['dist/bin.js'], from: 'dist' };
  return { args: ['--import', 'tsx', 'src/bin.ts'], from: 'src (the build is older than the sources)' };
}

/** Starts a process that logs `{"msg":"listening","port":…}` and resolves with that port. */
export function launch(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let buffer = '';
    let found = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (found) return; // keep draining the logs
      buffer += chunk.toString('utf8');
      const match = /"msg":"listening".*?"port":(\d+)/.exec(buffer);
      if (match) {
        found = true;
        resolve({ child, port: Number(match[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
}

/** Stops the processes and waits until they have exited. */
export async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}
