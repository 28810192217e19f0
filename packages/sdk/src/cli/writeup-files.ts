/**
 * The files `netweave writeup` is given, read into one session's write-up input: the collector's
 * export.json (a session export), or canonical responses and commitments exports (CSV or JSON,
 * read as `validate` reads them). Anything it cannot use stops it with a message naming the file
 * and the problem (and the row and column where there is one).
 */
import { readFile as readText } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  SESSION_EXPORT_KIND,
  isSessionExport,
  type AssessmentResponse,
  type Catalogue,
  type Commitment,
  type FollowUp,
  type Session,
  type SessionExport,
  type TrizNote,
} from '@netweave/model';
import { readFile } from '../node/read-file.js';
import type { AggregateFilesResult } from '../node/aggregate-files.js';
import { isJson } from '../read/text-reader.js';
import type { WriteupInput } from '../writeup/writeup.js';
import { InputError } from './load-options.js';
import type { CliLocalizer } from './strings.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What is wrong with a session export's parts (undefined when it can be written up). */
function exportProblem(x: SessionExport): string | undefined {
  const s = x.session as Partial<Session> | undefined;
  if (!isObject(s) || typeof s.id !== 'string' || typeof s.title !== 'string' || typeof s.date !== 'string')
    return 'session';
  if (!Array.isArray(x.responses)) return 'responses';
  if (!Array.isArray(x.commitments)) return 'commitments';
  if (!Array.isArray(x.notes)) return 'notes';
  // follow-ups came later: an export made before them has none
  if (x.followUps !== undefined && !Array.isArray(x.followUps)) return 'followUps';
  return undefined;
}

/** A session export, when the file is one (JSON whose kind says so); undefined for other JSON. */
async function readExport(path: string, file: string, l: CliLocalizer): Promise<SessionExport | undefined> {
  let text: string;
  try {
    text = await readText(path, 'utf8');
  } catch (error) {
    throw new InputError(
      l.t('error.read', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(l.t('writeup.notJson', { file, detail: (error as Error).message }));
  }
  if (isSessionExport(value)) {
    const part = exportProblem(value);
    if (part) throw new InputError(l.t('writeup.badExport', { file, part }));
    return value;
  }
  if (isObject(value) && value.kind === SESSION_EXPORT_KIND)
    throw new InputError(l.t('writeup.otherVersion', { file, version: String(value.version) }));
  if (isObject(value) && typeof value.kind === 'string')
    throw new InputError(l.t('writeup.otherKind', { file, kind: value.kind.slice(0, 60) }));
  if (isObject(value) && !Array.isArray(value) && !('responses' in value) && !('commitments' in value))
    throw new InputError(l.t('writeup.otherKind', { file, kind: 'JSON' }));
  return undefined;
}

export async function readWriteupFiles(
  paths: readonly string[],
  options: { catalogue: Catalogue; lang: 'en' | 'cy'; l: CliLocalizer; maxIssues?: number },
): Promise<{ input: Omit<WriteupInput, 'disclosure'>; files: AggregateFilesResult['files'] }> {
  const { l } = options;
  const files: AggregateFilesResult['files'] = [];
  const exports: { file: string; data: SessionExport }[] = [];
  const responses = new Map<string, AssessmentResponse>();
  const commitmentFiles: { file: string; commitments: Commitment[] }[] = [];
  for (const path of paths) {
    const file = basename(path);
    if (isJson(path)) {
      const data = await readExport(path, file, l);
      if (data) {
        exports.push({ file, data });
        continue;
      }
    }
    const result = await readFile(path, {
      catalogue: options.catalogue,
      locale: options.lang,
      maxIssues: options.maxIssues,
    });
    const firstError = result.issues.find((i) => i.severity === 'error');
    // the reader's message names the file (and the row and column where there is one)
    const detail = (message = '') =>
      l.t('writeup.unreadable', { detail: message.startsWith(file) ? message : `${file}: ${message}` });
    if (result.format === 'unknown' || result.issues.some((i) => i.code === 'unreadable'))
      throw new InputError(detail(firstError?.message));
    if (firstError && result.stats.accepted === 0 && result.commitments.length === 0)
      throw new InputError(detail(firstError.message));
    files.push({ file, format: result.format, issues: result.issues, stats: result.stats });
    for (const r of result.responses) responses.set(r.id, r);
    if (result.commitments.length) commitmentFiles.push({ file, commitments: result.commitments });
  }

  const first = exports[0]?.data.session;
  for (const { file, data } of exports.slice(1))
    if (data.session.id !== first!.id)
      throw new InputError(l.t('writeup.otherSession', { file, session: data.session.id, first: first!.id }));
  for (const { data } of exports) for (const r of data.responses) responses.set(r.id, r);

  const responseSessions = new Set([...responses.values()].map((r) => r.sessionId));
  if (first) responseSessions.add(first.id);
  if (responseSessions.size)
    for (const { file, commitments } of commitmentFiles) {
      const foreign = commitments.find((c) => !responseSessions.has(c.sessionId));
      if (foreign)
        throw new InputError(
          l.t('writeup.foreignCommitments', {
            file,
            session: foreign.sessionId,
            sessions: [...responseSessions].join(', '),
          }),
        );
    }

  const commitments = new Map<string, Commitment>();
  for (const { data } of exports) for (const c of data.commitments) commitments.set(c.id, c);
  for (const { commitments: list } of commitmentFiles) for (const c of list) commitments.set(c.id, c);
  const notes = new Map<string, TrizNote>();
  for (const { data } of exports) for (const n of data.notes) notes.set(n.id, n);
  const followUps = new Map<string, FollowUp>();
  for (const { data } of exports) for (const f of data.followUps ?? []) followUps.set(f.id, f);

  const all = {
    responses: [...responses.values()],
    commitments: [...commitments.values()],
    notes: [...notes.values()],
    followUps: [...followUps.values()],
  };
  if (
    !all.responses.length &&
    !all.commitments.some((c) => c.status === 'visible') &&
    !all.notes.some((n) => n.status === 'visible')
  )
    throw new InputError(l.t('writeup.empty', { files: paths.map((p) => basename(p)).join(', ') }));

  const session: Session =
    first ??
    (() => {
      const id = all.responses[0]?.sessionId ?? all.commitments[0]!.sessionId;
      const dates = [...all.responses.map((r) => r.submittedAt), ...all.commitments.map((c) => c.createdAt)]
        .filter(Boolean)
        .sort();
      return {
        id,
        title: l.t('writeup.untitled', { id }),
        date: (dates[0] ?? new Date().toISOString()).slice(0, 10),
        moderation: 'none',
        open: false,
      } as Session;
    })();
  return { input: { session, ...all, catalogue: options.catalogue }, files };
}
