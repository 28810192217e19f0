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
