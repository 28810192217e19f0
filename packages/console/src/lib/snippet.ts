/** The HTML a partner pastes into their page to run a session's widgets against this collector. */
import { TEMPLATE_WIDGETS, widgetFile, type Template } from './templates.js';

/** Escapes text for a double-quoted HTML attribute. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export interface SnippetInput {
  /** The collector's origin, e.g. `https://collect.example.org` (no trailing slash). */
  readonly collector: string;
  readonly session: string;
  readonly template: Template;
  readonly lang: 'en' | 'cy';
}

/**
 * One `<script type="module">` (the widget's own file when the template uses one kind of widget,
 * else the combined widgets file), then `<netweave-provider>` with the session, the collector and
 * the language around the widgets the template uses.
 */
export function embedSnippet({ collector, session, template, lang }: SnippetInput): string {
  const origin = collector.replace(/\/+$/, '');
  const widgets = TEMPLATE_WIDGETS[template].map(({ tag, attributes = {} }) => {
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${attr(v)}"`)
      .join('');
    return `  <${tag}${attrs}></${tag}>`;
  });
  const tags = new Set(TEMPLATE_WIDGETS[template].map((w) => w.tag));
  const file = tags.size === 1 ? widgetFile([...tags][0]!) : '/cdn/widgets/widgets.js';
  return [
    `<script type="module" src="${attr(origin)}${file}"></script>`,
    `<netweave-provider session="${attr(session)}" endpoint="${attr(origin)}" lang="${lang}">`,
    ...widgets,
    '</netweave-provider>',
  ].join('\n');
}
