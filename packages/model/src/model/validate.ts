/**
 * Validation with messages people can act on: every issue names the field (a path such as
 * `challenges[2].resources[0].url`) and the reason, in English or Welsh.
 */
import * as v from 'valibot';
import { coreCy, coreEn, type CoreStrings } from '../i18n/core-strings.js';
import { Localizer, type Locale, type Params } from '../i18n/localize.js';
import {
  AssessmentResponseSchema,
  CatalogueSchema,
  CommitmentSchema,
  FrequencySummarySchema,
  NewCommitmentSchema,
  NewNoteSchema,
  NoteChangeSchema,
  RoundActionSchema,
  SessionSchema,
  TrizNoteSchema,
} from './schemas.js';
import type { AssessmentResponse, Catalogue, Session } from './types.js';
import { templateStages } from '../lib/stages.js';

export interface ValidationIssue {
  /** Where: `challenges[2].resources[0].url`; '' for the whole value. */
  readonly path: string;
  /** A stable reason code such as `missing`, `https`, `not-on-scale`. */
  readonly code: string;
  /** Values the message was built from (limits, options). */
  readonly params: Params;
  /** The message in the requested locale, naming the field and the reason. */
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly success: true; readonly value: T; readonly issues: readonly [] }
  | { readonly success: false; readonly value?: undefined; readonly issues: readonly ValidationIssue[] };

export interface ValidateOptions {
  locale?: Locale;
  /** A prefix for every path, such as `catalogue` or `row 12`. */
  at?: string;
}

const localizers: Partial<Record<Locale, Localizer<CoreStrings>>> = {};
function localizer(locale: Locale): Localizer<CoreStrings> {
  return (localizers[locale] ??= new Localizer({ en: coreEn, cy: coreCy }, locale));
}

/** The message for an issue code in a locale (for re-rendering an issue in another language). */
export function issueMessage(
  issue: Pick<ValidationIssue, 'path' | 'code' | 'params'>,
  locale: Locale = 'en',
): string {
  const l = localizer(locale);
  const reasonKey = `reason.${issue.code}` as keyof CoreStrings;
  const reason = reasonKey in coreEn ? l.t(reasonKey, issue.params) : l.t('reason.invalid');
  return l.t('validation.field', { field: issue.path || l.t('validation.root'), reason });
}

export function makeIssue(
  path: string,
  code: string,
  params: Params = {},
  locale: Locale = 'en',
): ValidationIssue {
  return { path, code, params, message: issueMessage({ path, code, params }, locale) };
}

function formatPath(path: v.IssuePathItem[] | undefined, at?: string): string {
  let out = at ?? '';
  for (const item of path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}

function classify(issue: v.BaseIssue<unknown>): { code: string; params: Params } {
  const req = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'strict_object':
    case 'record':
    case 'tuple':
    case 'nullable':
    case 'optional': {
      if (issue.input === undefined) return { code: 'missing', params: {} };
      if (issue.type === 'strict_object' && issue.expected === 'never')
        return { code: 'unknown-field', params: {} };
      const t =
        issue.type === 'strict_object' || issue.type === 'record'
          ? 'object'
          : issue.type === 'tuple'
            ? 'array'
            : issue.type;
      if (t === 'string' || t === 'number' || t === 'boolean' || t === 'array' || t === 'object') {
        return { code: `type.${t}`, params: {} };
      }
      return { code: 'type.other', params: { received: typeName(issue.input) } };
    }
    case 'min_length':
      return req === 1 && typeof issue.input === 'string'
        ? { code: 'empty', params: {} }
        : { code: typeof issue.input === 'string' ? 'empty' : 'min-items', params: { count: Number(req) } };
    case 'max_length':
      return typeof issue.input === 'string'
        ? { code: 'max-length', params: { count: Number(req) } }
        : { code: 'max-items', params: { count: Number(req) } };
    case 'regex':
      return { code: 'id-format', params: {} };
    case 'url':
      return { code: 'url', params: {} };
    case 'starts_with':
      return { code: 'https', params: {} };
    case 'iso_timestamp':
      return { code: 'timestamp', params: {} };
    case 'iso_date':
      return { code: 'date', params: {} };
    case 'integer':
      return { code: 'integer', params: {} };
    case 'min_value':
      return { code: 'min-value', params: { min: Number(req) } };
    case 'max_value':
      return { code: 'max-value', params: { max: Number(req) } };
    case 'picklist':
      return {
        code: 'one-of',
        params: {
          options: (issue.expected ?? '')
            .replace(/^\(|\)$/g, '')
            .split(' | ')
            .map((o) => o.replace(/^"|"$/g, ''))
            .join(', '),
        },
      };
    case 'literal':
      return { code: 'literal', params: { expected: issue.expected ?? '' } };
    case 'check':
      return { code: String(issue.message).match(/^[a-z-]+$/) ? issue.message : 'invalid', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}

/** Turns valibot issues into localised, path-naming issues (nested union issues flattened). */
export function fromValibotIssues(
  issues: readonly v.BaseIssue<unknown>[],
  options: ValidateOptions = {},
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const { code, params } = classify(issue);
    const path = formatPath(issue.path, options.at);
    const k = `${path}|${code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(makeIssue(path, code, params, options.locale));
  }
  return out;
}

function run<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  options: ValidateOptions,
): ValidationResult<v.InferOutput<S>> {
  // One message per field: a pipe stops at its first failing check.
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { success: true, value: result.output, issues: [] };
  return { success: false, issues: fromValibotIssues(result.issues, options) };
}

/** Validates a partner's catalogue (parsed JSON). */
export function validateCatalogue(
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<Catalogue> {
  return run(CatalogueSchema, input, options);
}

/**
 * Validates a response; with a catalogue, also checks that every rated challenge is in it and
 * every rating is on its scale.
 */
export function validateResponse(
  input: unknown,
  options: ValidateOptions & { catalogue?: Catalogue } = {},
): ValidationResult<AssessmentResponse> {
  const result = run(AssessmentResponseSchema, input, options);
  if (!result.success || !options.catalogue) return result;
  const issues = checkAgainstCatalogue(result.value, options.catalogue, options);
  return issues.length ? { success: false, issues } : result;
}

export function checkAgainstCatalogue(
  response: AssessmentResponse,
  catalogue: Catalogue,
  options: ValidateOptions = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = new Set(catalogue.challenges.map((c) => c.id));
  const values = new Set(catalogue.scale.map((p) => p.value));
  const valuesText = catalogue.scale.map((p) => p.value).join(', ');
  const prefix = options.at ? `${options.at}.` : '';
  for (const [id, rating] of Object.entries(response.ratings)) {
    if (!ids.has(id)) {
      issues.push(
        makeIssue(
          `${prefix}ratings.${id}`,
          'unknown-challenge',
          { version: catalogue.version },
          options.locale,
        ),
      );
    } else if (rating !== null && !values.has(rating)) {
      issues.push(
        makeIssue(`${prefix}ratings.${id}`, 'not-on-scale', { values: valuesText }, options.locale),
      );
    }
  }
  const other = response.otherChallenge;
  if (other && other.rating !== null && !values.has(other.rating)) {
    issues.push(
      makeIssue(`${prefix}otherChallenge.rating`, 'not-on-scale', { values: valuesText }, options.locale),
    );
  }
  return issues;
}

export const validateCommitment = (input: unknown, options: ValidateOptions = {}) =>
  run(CommitmentSchema, input, options);
/** What a participant may send: extra fields (such as `status`) are refused. */
export const validateNewCommitment = (input: unknown, options: ValidateOptions = {}) =>
  run(NewCommitmentSchema, input, options);
/** A note a participant adds (TRIZ): extra fields are refused. */
export const validateNewNote = (input: unknown, options: ValidateOptions = {}) =>
  run(NewNoteSchema, input, options);
/** A change a participant makes to a note (its state, its first step, its words). */
export const validateNoteChange = (input: unknown, options: ValidateOptions = {}) =>
  run(NoteChangeSchema, input, options);
/** A facilitator's round action: `{ action, version, kind?, minutes? }`. */
export const validateRoundAction = (input: unknown, options: ValidateOptions = {}) =>
  run(RoundActionSchema, input, options);
/** A note as a store keeps it. */
export const validateNote = (input: unknown, options: ValidateOptions = {}) =>
  run(TrizNoteSchema, input, options);

/**
 * A session, and its stage against its template: a stage the template does not run is refused
 * at `stage`, naming the ones it does.
 */
export function validateSession(input: unknown, options: ValidateOptions = {}): ValidationResult<Session> {
  const result = run(SessionSchema, input, options);
  if (!result.success || result.value.stage === undefined) return result;
  const stages = templateStages(result.value.template);
  if ((stages as readonly string[]).includes(result.value.stage)) return result;
  const at = options.at ? `${options.at}.stage` : 'stage';
  return {
    success: false,
    issues: [makeIssue(at, 'one-of', { options: stages.join(', ') }, options.locale)],
  };
}
export const validateSummary = (input: unknown, options: ValidateOptions = {}) =>
  run(FrequencySummarySchema, input, options);

/**
 * Parses catalogue JSON text with a readable error for broken JSON (and the position), then
 * validates it. `source` names the file or URL in messages.
 */
export function parseCatalogueJson(
  text: string,
  options: ValidateOptions & { source?: string } = {},
): ValidationResult<Catalogue> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [makeIssue(options.source ?? options.at ?? '', 'invalid-json', { detail }, options.locale)],
    };
  }
  return validateCatalogue(data, { ...options, at: options.at ?? '' });
}
