/** Starts real collector processes for the tests (SQLite in a temp dir, or NETWEAVE_TEST_DB). */
import { spawn, type ChildProcess } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { AssessmentResponse } from '@netweave/model';

export const TOKEN = 'test-admin-token-0123456789';
export const ORIGIN = 'https://partner.example';
const packageDir = fileURLToPath(new URL('..', import.meta.url));

export interface Running {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  readonly db: string;
  /** Log lines written so far. */
  readonly logs: string[];
  /** SIGTERM and wait for exit. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait for exit. */
  kill(): Promise<void>;
}

const dirs: string[] = [];

/** A fresh database: a temp SQLite file, or the PostgreSQL URL in NETWEAVE_TEST_DB. */
export function freshDb(): string {
  if (process.env.NETWEAVE_TEST_DB) return process.env.NETWEAVE_TEST_DB;
  const dir = mkdtempSync(join(tmpdir(), 'netweave-collector-'));
  dirs.push(dir);
  return join(dir, 'test.sqlite');
}

export function cleanUp(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function start(options: { db?: string; args?: string[]; port?: number } = {}): Promise<Running> {
  const db = options.db ?? freshDb();
  const args = [
    '--import',
    'tsx',
    'src/bin.ts',
    '--port',
    String(options.port ?? 0),
    '--db',
    db,
    '--admin-token',
    TOKEN,
    '--allow-origin',
    ORIGIN,
    // Limits out of the way unless a test sets them (room.test.ts and limits.test.ts test them).
    '--rate-limit',
    '1000000',
    '--device-rate-limit',
    '1000000',
    '--session-rate-limit',
    '1000000',
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NETWEAVE_PORT: '' },
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${logs.join('\n')}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        logs.push(line);
        try {
          const entry = JSON.parse(line) as { msg?: string; port?: number };
          if (entry.msg === 'listening') {
            clearTimeout(timer);
            resolve(entry.port!);
          }
        } catch {
          /* not JSON */
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}):\n${logs.join('\n')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    child,
    db,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test convenience
  text: string;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; admin?: boolean; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  } else if (options.raw !== undefined) {
    body = options.raw;
    headers['content-type'] ??= 'application/json';
  }
  if (options.admin) headers.authorization = `Bearer ${TOKEN}`;
  const res = await fetch(base + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** A Storage in memory, for a LocalStore under Node (each one a device of its own). */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

export function uid(prefix = 'x'): string {
  return `${prefix}-${randomUUID()}`;
}

export async function createSession(base: string, fields: Record<string, unknown> = {}): Promise<string> {
  const id = uid('session');
  const r = await call(base, 'POST', '/v1/admin/sessions', {
    admin: true,
    body: { id, title: 'Test session', date: '2026-11-25', ...fields },
  });
  if (r.status !== 201) throw new Error(`could not create a session: ${r.text}`);
  return id;
}

export function response(
  sessionId: string,
  id = uid('r'),
  ratings: Record<string, number | null> = { 'finding-the-time': 3, 'peer-support': 1 },
): AssessmentResponse {
  return {
    id,
    sessionId,
    submittedAt: '2026-11-25T10:00:00.000Z',
    catalogueVersion: '2024.1',
    respondent: { sector: 'nhs', nation: 'wales', region: null },
    ratings,
    otherChallenge: null,
  };
}

/** Reads an SSE stream: yields {id, event, data} per message (our own small reader). */
/**
 * Reads the start of a live stream: `ready` (only a fresh client gets it), then the session as it
 * stands (every stream begins with it, so a client that was away learns its stage and state).
 */
export async function streamStart(
  messages: AsyncGenerator<{ id?: string; event: string; data: string }>,
  options: { resumed?: boolean } = {},
): Promise<Record<string, unknown>> {
  if (!options.resumed) assert.equal((await messages.next()).value?.event, 'ready');
  const start = (await messages.next()).value;
  assert.equal(start?.event, 'session', 'a stream first says where the session stands');
  return JSON.parse(start!.data).session;
}

export async function* readSse(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<{ id?: string; event: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const msg: { id?: string; event: string; data: string } = { event: 'message', data: '' };
      let hasData = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const i = line.indexOf(':');
        const field = i < 0 ? line : line.slice(0, i);
        const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
        if (field === 'id') msg.id = value;
        else if (field === 'event') msg.event = value;
        else if (field === 'data') {
          msg.data += (hasData ? '\n' : '') + value;
          hasData = true;
        }
      }
      if (hasData || msg.id !== undefined) yield msg;
    }
  }
}
