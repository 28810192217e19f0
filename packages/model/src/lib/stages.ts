/**
 * What a live session is doing now: its stage. Each template runs its stages in order and the
 * facilitator moves the session from one to the next; the participant page shows the widget of
 * the stage the session is at. Pure data (no validation library), so a small page can import it.
 *
 * - `assess`: the self-assessment (before the session starts);
 * - `triz`: the TRIZ boards (breakout groups work on them);
 * - `commit`: the commitments wall ("One thing I will do…", at the end).
 */

export const SESSION_STAGES = ['assess', 'triz', 'commit'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

/** The stages of each template (`SESSION_TEMPLATES`), in the order a session runs them. */
export const TEMPLATE_STAGES = {
  commitments: ['commit'],
  'triz-commitments': ['assess', 'triz', 'commit'],
  'self-assessment': ['assess'],
} as const satisfies Readonly<Record<string, readonly SessionStage[]>>;

export type TemplateWithStages = keyof typeof TEMPLATE_STAGES;

/** The stages `template` runs (a template this version does not know runs the commitments wall). */
export function templateStages(template: string | undefined): readonly SessionStage[] {
  return TEMPLATE_STAGES[(template ?? 'commitments') as TemplateWithStages] ?? TEMPLATE_STAGES.commitments;
}

/**
 * The stage a session is at: its stored stage when its template runs that stage, else the
 * template's first (a new session, or one whose template was changed since).
 */
export function sessionStage(session: {
  template?: string | undefined;
  stage?: string | undefined;
}): SessionStage {
  const stages = templateStages(session.template);
  return stages.find((s) => s === session.stage) ?? stages[0]!;
}
