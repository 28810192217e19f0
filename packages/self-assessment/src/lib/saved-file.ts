/**
 * The saved-assessment file: what "Save my assessment" writes and "Open a saved assessment" reads
 * (and what a resume code carries, sealed). Versioned, readable JSON:
 *
 *   { "format": "netweave-self-assessment", "version": 1, "savedAt": "…", "session": "…",
 *     "catalogue": { "id": "…", "version": "…" }, "draft": { …the widget's draft… } | null,
 *     "history": [ AssessmentResponse, … ] }
 *
 * Reading refuses, naming what is wrong: not JSON → `damaged`; no or another `format` → `foreign`;
 * a `version` above this one → `newer`; a field that is not valid → `damaged` with the field's path.
 */
import { isId, type AssessmentResponse } from '@netweave/core';
// From its own entry: through the package index, esbuild would put the schemas in the main file.
import { validateResponse } from '@netweave/core/validate';
import { emptyAnswers, type Draft } from './answers.js';

export const SAVED_FORMAT = 'netweave-self-assessment';
export const SAVED_VERSION = 1;
/** Completed assessments kept, on the device and in a file. */
export const HISTORY_KEPT = 50;

export interface SavedAssessment {
  readonly format: typeof SAVED_FORMAT;
  readonly version: typeof SAVED_VERSION;
  readonly savedAt: string;
  readonly session: string;
  readonly catalogue: { readonly id: string; readonly version: string };
  /** The answers in progress (or the last completed, on the results), or null when there are none. */
  readonly draft: Draft | null;
  /** Completed assessments, oldest first. */
  readonly history: readonly AssessmentResponse[];
}

export type SavedFileProblem =
  | { readonly problem: 'damaged'; readonly field?: string }
  | { readonly problem: 'foreign' }
  | { readonly problem: 'newer'; readonly version: number };

/** The file for what is on this device now. */
export function savedAssessment(input: {
  session: string;
  catalogue: { id: string; version: string };
  draft: Draft | null;
  history: readonly AssessmentResponse[];
  savedAt?: string;
}): SavedAssessment {
  return {
    format: SAVED_FORMAT,
    version: SAVED_VERSION,
    savedAt: input.savedAt ?? new Date().toISOString(),
    session: input.session,
    catalogue: { id: input.catalogue.id, version: input.catalogue.version },
    draft: input.draft,
    history: mergeHistory([], input.history),
  };
}

/** `netweave-self-assessment-2026-12-07.json`, the day it was saved (the person's own day). */
export function savedFileName(savedAt: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${SAVED_FORMAT}-${savedAt.getFullYear()}-${pad(savedAt.getMonth() + 1)}-${pad(savedAt.getDate())}.json`;
}

/** The file's text: indented, so a person can read it. */
export function savedFileText(file: SavedAssessment): string {
  return JSON.stringify(file, null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);
const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isChoice = (v: unknown) => v === 'unsure' || (typeof v === 'number' && Number.isInteger(v));
const isText = (v: unknown, max = 2000) => typeof v === 'string' && v.length <= max;

/** The first field of a draft that is not one the widget writes, or undefined when it is sound. */
function draftProblem(d: unknown): string | undefined {
  if (!isObject(d)) return 'draft';
  const a = d.answers;
  if (!isObject(a)) return 'draft.answers';
  if (!isId(a.id)) return 'draft.answers.id';
  if (!isObject(a.ratings)) return 'draft.answers.ratings';
  for (const [id, r] of Object.entries(a.ratings))
    if (!isId(id) || !isChoice(r)) return `draft.answers.ratings.${id}`;
  for (const key of ['otherText', 'sector', 'nation', 'region'] as const)
    if (a[key] !== undefined && !isText(a[key])) return `draft.answers.${key}`;
  if (a.otherRating !== undefined && !isChoice(a.otherRating)) return 'draft.answers.otherRating';
  if (a.consent !== undefined && typeof a.consent !== 'boolean') return 'draft.answers.consent';
  if (!Number.isInteger(d.step) || (d.step as number) < 0) return 'draft.step';
  if (!['intro', 'questions', 'results'].includes(d.phase as string)) return 'draft.phase';
  if (d.sent !== undefined && typeof d.sent !== 'boolean') return 'draft.sent';
  return undefined;
}

/** Reads a saved-assessment file's text: the file, or what is wrong with it. */
export function readSavedFile(text: string): { file: SavedAssessment } | SavedFileProblem {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: 'damaged' };
  }
  return checkSaved(value);
}

/** Checks a parsed saved assessment (from a file, or opened from a resume code). */
export function checkSaved(value: unknown): { file: SavedAssessment } | SavedFileProblem {
  if (!isObject(value) || value.format !== SAVED_FORMAT) return { problem: 'foreign' };
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { problem: 'damaged', field: 'version' };
  if (version > SAVED_VERSION) return { problem: 'newer', version };
  const damaged = (field: string) => ({ problem: 'damaged' as const, field });
  if (!isDate(value.savedAt)) return damaged('savedAt');
  if (!isId(value.session)) return damaged('session');
  const cat = value.catalogue;
  if (!isObject(cat)) return damaged('catalogue');
  if (!isText(cat.id, 100) || !cat.id) return damaged('catalogue.id');
  if (!isText(cat.version, 50) || !cat.version) return damaged('catalogue.version');
  if (value.draft !== null) {
    const field = draftProblem(value.draft);
    if (field) return damaged(field);
  }
  if (!Array.isArray(value.history)) return damaged('history');
  const history: AssessmentResponse[] = [];
  for (const [i, item] of value.history.entries()) {
    const checked = validateResponse(item, { at: `history[${i}]` });
    if (!checked.success) return damaged(checked.issues[0]?.path || `history[${i}]`);
    history.push(checked.value);
  }
  const d = value.draft as Draft | null;
  return {
    file: {
      format: SAVED_FORMAT,
      version: SAVED_VERSION,
      savedAt: value.savedAt as string,
      session: value.session as string,
      catalogue: { id: cat.id as string, version: cat.version as string },
      draft: d && {
        answers: { ...emptyAnswers(d.answers.id), ...d.answers },
        step: d.step,
        phase: d.phase,
        ...(d.sent ? { sent: true } : {}),
      },
      history: mergeHistory([], history),
    },
  };
}

/**
 * Completed assessments from here and from a file, one each by id (this device's copy kept),
 * oldest first by when they were completed, the latest 50.
 */
export function mergeHistory(
  mine: readonly AssessmentResponse[],
  theirs: readonly AssessmentResponse[],
): AssessmentResponse[] {
  const byId = new Map<string, AssessmentResponse>();
  for (const r of [...theirs, ...mine]) byId.set(r.id, r);
  return [...byId.values()]
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))
    .slice(-HISTORY_KEPT);
}
