/**
 * The session form's values, checked in the browser before they are sent, and the collector's
 * refusals (validation issues by field) put into the same messages. Messages are string keys with
 * their values: the element says them in the page's language.
 */
import {
  LIMITS,
  ROUND_KINDS,
  TRIZ_AGENDA,
  TRIZ_LIMITS,
  type ModerationMode,
  type RoundKind,
} from '@netweave/model';
import { isTemplate, type Template } from './templates.js';

/** The minutes field of each round of a TRIZ session's agenda. */
export type MinutesField = `minutes.${RoundKind}`;
export const MINUTES_FIELDS = ROUND_KINDS.map((kind): MinutesField => `minutes.${kind}`);

export const FIELDS = [
  'template',
  'title',
  'date',
  'prompt',
  'moderation',
  'lang',
  'partnerUrl',
  'groups',
  'votes',
  ...MINUTES_FIELDS,
] as const;
export type Field = (typeof FIELDS)[number];

/** A new TRIZ session's groups and votes each person may give (the agenda's minutes: `TRIZ_AGENDA`). */
export const TRIZ_DEFAULTS = { groups: 4, votes: 3 } as const;

/** Longest partner page address the form sends (the collector may set a lower limit, and says so). */
export const PARTNER_URL_MAX = 2000;

export interface SessionValues {
  template: Template;
  title: string;
  date: string;
  prompt: string;
  moderation: ModerationMode;
  lang: 'en' | 'cy';
  partnerUrl: string;
  /** TRIZ only: the number of groups, votes per person and each round's minutes, as typed. */
  groups: string;
  votes: string;
  'minutes.worst': string;
  'minutes.already': string;
  'minutes.stop': string;
  'minutes.commit': string;
}

/** A message: a key in the console's strings and the values it names. */
export interface Problem {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type FieldErrors = Partial<Record<Field, Problem>>;

export function emptyValues(today: string): SessionValues {
  return {
    template: 'commitments',
    title: '',
    date: today,
    prompt: '',
    moderation: 'pre',
    lang: 'en',
    partnerUrl: '',
    groups: String(TRIZ_DEFAULTS.groups),
    votes: String(TRIZ_DEFAULTS.votes),
    ...agendaValues(TRIZ_AGENDA),
  };
}

/** Each round's minutes as the form shows them (a round the agenda leaves out: its default). */
export function agendaValues(
  agenda: readonly { kind: RoundKind; minutes: number }[],
): Pick<SessionValues, MinutesField> {
  const minutes = (kind: RoundKind) =>
    String(
      agenda.find((i) => i.kind === kind)?.minutes ?? TRIZ_AGENDA.find((i) => i.kind === kind)?.minutes ?? 1,
    );
  return {
    'minutes.worst': minutes('worst'),
    'minutes.already': minutes('already'),
    'minutes.stop': minutes('stop'),
    'minutes.commit': minutes('commit'),
  };
}

/** A whole number from `min` to `max` as typed (spaces around it allowed), else undefined. */
export function wholeNumber(value: string, min: number, max: number): number | undefined {
  const text = value.trim();
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** Whether the form asks for TRIZ settings (groups, votes, the agenda's minutes). */
export const isTriz = (values: SessionValues) => values.template === 'triz-commitments';

/** Today as `YYYY-MM-DD` in the browser's time zone. */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function realDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** Whether a partner page address is one people may be sent to: https, with a host. */
export function partnerUrlProblem(value: string): Problem | undefined {
  const url = value.trim();
  if (!url) return undefined;
  if (url.length > PARTNER_URL_MAX)
    return { key: 'error.partnerUrl.long', params: { count: PARTNER_URL_MAX } };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { key: 'error.partnerUrl.invalid' };
  }
  if (parsed.protocol !== 'https:') return { key: 'error.partnerUrl.https' };
  if (!parsed.hostname) return { key: 'error.partnerUrl.invalid' };
  return undefined;
}

/** The form's problems, field by field, in the order of the form. */
export function checkSession(values: SessionValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!isTemplate(values.template)) errors.template = { key: 'error.template' };
  const title = values.title.trim();
  if (!title) errors.title = { key: 'error.title.missing' };
  else if (title.length > LIMITS.labelLength)
    errors.title = { key: 'error.title.long', params: { count: LIMITS.labelLength } };
  if (!values.date) errors.date = { key: 'error.date.missing' };
  else if (!realDate(values.date)) errors.date = { key: 'error.date.invalid' };
  if (values.prompt.length > LIMITS.descriptionLength)
    errors.prompt = { key: 'error.prompt.long', params: { count: LIMITS.descriptionLength } };
  const url = partnerUrlProblem(values.partnerUrl);
  if (url) errors.partnerUrl = url;
  if (isTriz(values)) {
    if (wholeNumber(values.groups, 1, TRIZ_LIMITS.groups) === undefined)
      errors.groups = { key: 'error.groups', params: { count: TRIZ_LIMITS.groups } };
    if (wholeNumber(values.votes, 0, TRIZ_LIMITS.votes) === undefined)
      errors.votes = { key: 'error.votes', params: { count: TRIZ_LIMITS.votes } };
    for (const kind of ROUND_KINDS)
      if (wholeNumber(values[`minutes.${kind}`], 1, TRIZ_LIMITS.minutes) === undefined)
        errors[`minutes.${kind}`] = minutesProblem(kind);
  }
  return errors;
}

const minutesProblem = (kind: RoundKind) => ({
  key: 'error.minutes',
  params: { round: `round.${kind}`, count: TRIZ_LIMITS.minutes },
});

/** What the collector is sent: trimmed; optional fields left out when empty, or `null` to clear them when editing. */
export function sessionBody(values: SessionValues, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: values.title.trim(),
    date: values.date,
    moderation: values.moderation,
    lang: values.lang,
  };
  const prompt = values.prompt.trim();
  const url = values.partnerUrl.trim();
  if (!editing) body.template = values.template;
  // Left empty when editing: `null` clears what the session had.
  if (prompt) body.prompt = prompt;
  else if (editing) body.prompt = null;
  if (url) body.partnerUrl = url;
  else if (editing) body.partnerUrl = null;
  if (isTriz(values)) {
    body.groups = Number(values.groups.trim());
    body.votes = Number(values.votes.trim());
    // The whole agenda in TRIZ order (the collector's issues name items by this index).
    body.agenda = ROUND_KINDS.map((kind) => ({ kind, minutes: Number(values[`minutes.${kind}`].trim()) }));
  }
  return body;
}

/** A validation issue as the collector sends it (`path` names the field). */
export interface Issue {
  readonly path?: string;
  readonly code?: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** The collector's validation issues as the form's messages; issues it cannot place are left out. */
export function issuesToErrors(issues: readonly Issue[] | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues ?? []) {
    const field = String(issue.path ?? '').split(/[.[]/)[0] as Field;
    const limit = Number(issue.params?.count ?? issue.params?.max);
    const long = issue.code === 'max-length' || issue.code === 'too-long';
    const count = (fallback: number) => ({ count: Number.isFinite(limit) && limit > 0 ? limit : fallback });
    if (errors[field] && (field as string) !== 'agenda') continue;
    if (field === 'title')
      errors.title = long
        ? { key: 'error.title.long', params: count(LIMITS.labelLength) }
        : { key: 'error.title.missing' };
    else if (field === 'date')
      errors.date =
        issue.code === 'missing' || issue.code === 'empty'
          ? { key: 'error.date.missing' }
          : { key: 'error.date.invalid' };
    else if (field === 'prompt')
      errors.prompt = { key: 'error.prompt.long', params: count(LIMITS.descriptionLength) };
    else if (field === 'partnerUrl')
      errors.partnerUrl = long
        ? { key: 'error.partnerUrl.long', params: count(PARTNER_URL_MAX) }
        : /https/i.test(`${issue.code} ${issue.message}`)
          ? { key: 'error.partnerUrl.https' }
          : { key: 'error.partnerUrl.invalid' };
    else if (field === 'template') errors.template = { key: 'error.template' };
    else if (field === 'groups')
      errors.groups = { key: 'error.groups', params: { count: TRIZ_LIMITS.groups } };
    else if (field === 'votes') errors.votes = { key: 'error.votes', params: { count: TRIZ_LIMITS.votes } };
    else if ((field as string) === 'agenda') {
      // `agenda[2].minutes`: the form sent the rounds in TRIZ order.
      const kind = ROUND_KINDS[Number(/^agenda\[(\d+)\]/.exec(String(issue.path))?.[1] ?? 0)] ?? 'worst';
      if (!errors[`minutes.${kind}`]) errors[`minutes.${kind}`] = minutesProblem(kind);
    } else if (field === 'moderation') errors.moderation = { key: 'error.moderation' };
    else if (field === 'lang') errors.lang = { key: 'error.lang' };
  }
  return errors;
}
