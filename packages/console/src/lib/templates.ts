/**
 * Session templates (the model's `SESSION_TEMPLATES`): which widgets a participant page and a
 * partner's embed show for each, and in what order.
 */

import { sessionStage, type SessionStage, type SessionTemplate } from '@netweave/model';

/**
 * The templates, in the order the console offers them: the model's `SESSION_TEMPLATES` (a test
 * keeps them equal). Not imported from there: the model's list sits beside its validation
 * schemas, which would bring the validation library into the participant page.
 */
export const TEMPLATES = [
  'commitments',
  'triz-commitments',
  'self-assessment',
] as const satisfies readonly SessionTemplate[];
export type Template = SessionTemplate;

/** A widget element as a partner page writes it. */
export interface WidgetTag {
  readonly tag: 'netweave-self-assessment' | 'netweave-commitments-wall' | 'netweave-triz-board';
  readonly attributes?: Readonly<Record<string, string>>;
}

const WALL: WidgetTag = { tag: 'netweave-commitments-wall' };
/** The TRIZ board of the participant's breakout group (it asks which group first). */
const TRIZ: WidgetTag = { tag: 'netweave-triz-board' };

/** The widgets a template uses on a partner's page, in page order. */
export const TEMPLATE_WIDGETS: Readonly<Record<Template, readonly WidgetTag[]>> = {
  commitments: [WALL],
  'triz-commitments': [TRIZ, WALL],
  'self-assessment': [{ tag: 'netweave-self-assessment' }],
};

/** A stage (the model's `SESSION_STAGES`) the participant page shows a widget for. */
export type Stage = SessionStage;

/**
 * The one widget the participant page shows for `stage`: the self-assessment, the TRIZ board of
 * the participant's group or the commitments wall. Without a stage, the template's first (as the
 * collector reads it: `sessionStage`).
 */
export function participantWidget(template: Template, stage?: string): WidgetTag {
  const now = sessionStage({ template, stage });
  if (now === 'assess') return { tag: 'netweave-self-assessment' };
  if (now === 'triz') return TRIZ;
  return WALL;
}

/** What the projector page (`/d/<code>`) shows: the room's view of a session. */
export type DisplayView = 'boards' | 'carousel';

/**
 * The widget the projector page shows for `stage`, read-only: during TRIZ (and before it starts)
 * every group's board, or one group's (`group`); at the end, and for a commitments session, the
 * wall's projector display (one card at a time); `carousel` asks for that display whatever the
 * stage. A self-assessment session has no widget on the projector (its code and QR code only).
 */
export function displayWidget(
  template: Template,
  stage: string | undefined,
  options: { view?: DisplayView; group?: string } = {},
): WidgetTag | undefined {
  const now = sessionStage({ template, stage });
  if (options.view === 'carousel' || now === 'commit')
    return { tag: 'netweave-commitments-wall', attributes: { display: 'projector' } };
  if (template !== 'triz-commitments') return undefined;
  const group = options.group && /^g[1-9][0-9]?$/.test(options.group) ? options.group : 'all';
  return { tag: 'netweave-triz-board', attributes: { display: 'projector', group } };
}

/**
 * The CDN file (on the collector) that defines `tag`: each widget's own file, so a page that shows
 * one widget downloads only it (the combined `/cdn/widgets/widgets.js` carries every widget). The
 * TRIZ board has its own file beside the wall's.
 */
export function widgetFile(tag: WidgetTag['tag']): string {
  if (tag === 'netweave-triz-board') return '/cdn/commitments-wall/triz-board.js';
  const name = tag.replace(/^netweave-/, '');
  return `/cdn/${name}/${name}.js`;
}

export function isTemplate(value: unknown): value is Template {
  return typeof value === 'string' && (TEMPLATES as readonly string[]).includes(value);
}
