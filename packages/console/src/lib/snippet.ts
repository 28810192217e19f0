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
 * One `<script type="module">` per widget file the template needs (each widget's own file; the
 * combined widgets file does not carry the TRIZ board, so a TRIZ session's page loads the board's
 * file and the wall's), then `<netweave-provider>` with the session, the collector and the
 * language around the widgets the template uses.
 */
export function embedSnippet({ collector, session, template, lang }: SnippetInput): string {
  const origin = collector.replace(/\/+$/, '');
  const widgets = TEMPLATE_WIDGETS[template].map(({ tag, attributes = {} }) => {
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${attr(v)}"`)
      .join('');
    return `  <${tag}${attrs}></${tag}>`;
  });
  const files = [...new Set(TEMPLATE_WIDGETS[template].map((w) => widgetFile(w.tag)))];
  return [
    ...files.map((file) => `<script type="module" src="${attr(origin)}${file}"></script>`),
    `<netweave-provider session="${attr(session)}" endpoint="${attr(origin)}" lang="${lang}">`,
    ...widgets,
    '</netweave-provider>',
  ].join('\n');
}
