/** Limits shared by the widgets, the SDK and the collector. */
export const LIMITS = {
  idLength: 100,
  labelLength: 200,
  descriptionLength: 2000,
  commitmentText: 1000,
  otherChallengeText: 500,
  regionLength: 100,
  challenges: 100,
  resources: 20,
  columns: 12,
} as const;

/** The shape of ids (sessions, responses, commitments, challenges, columns). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An id with its length limit as a pattern's source, for patterns built around ids (routes). */
export function idSource(): string {
  return `${ID_PATTERN.source.slice(1, -2)}{0,${LIMITS.idLength - 1}}`;
}

/** Whether `value` is a usable id (sessions, commitments, board columns): the pattern and the length. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= LIMITS.idLength && ID_PATTERN.test(value);
}

/** The column of a commitment that names none: the schema, the stores, the collector and the SDK agree. */
export const DEFAULT_COLUMN = 'commitments';

/** The default respondent fields' values (labels in `fieldLabels`). */
export const SECTORS = [
  'nhs',
  'local-government',
  'social-care',
  'vcse',
  'housing',
  'education',
  'other',
] as const;
export const NATIONS = ['england', 'scotland', 'wales', 'northern-ireland'] as const;
