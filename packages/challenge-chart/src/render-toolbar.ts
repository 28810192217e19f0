/**
 * The buttons under the chart: the data table's toggle, the downloads (unless `no-export`) and,
 * for live data, the pause; then what a download that could not be made says.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExportKind } from './export-controller.js';
import type { ChartLocalizer } from './lib/format.js';

export interface ToolbarOptions {
  readonly tableOpen: boolean;
  readonly toggleTable: () => void;
  /** Saves a download; none: no download buttons. */
  readonly save?: ((kind: ExportKind) => void) | undefined;
  /** Live data: whether updates are paused, and pausing or resuming them. */
  readonly live?: { readonly paused: boolean; readonly toggle: () => void } | undefined;
  /** Why the last download could not be made. */
  readonly problem?: string | undefined;
}

interface ButtonAttrs {
  readonly expanded?: string;
  readonly controls?: string;
  readonly pressed?: string;
  readonly export?: ExportKind;
}

/** One of the toolbar's buttons; an attribute not given is left off. */
const button = (label: string, onClick: () => void, attrs: ButtonAttrs) =>
  html`<button
    type="button"
    class="nw-button nw-button--secondary"
    aria-expanded=${attrs.expanded ?? nothing}
    aria-controls=${attrs.controls ?? nothing}
    aria-pressed=${attrs.pressed ?? nothing}
    data-export=${attrs.export ?? nothing}
    @click=${onClick}
  >
    ${label}
  </button>`;

export function renderToolbar(l: ChartLocalizer, o: ToolbarOptions): TemplateResult {
  const { save, live } = o;
  return html`<div class="toolbar">
      ${button(l.t(o.tableOpen ? 'table.hide' : 'table.show'), o.toggleTable, {
        expanded: String(o.tableOpen),
        controls: 'data-table',
      })}
      ${
        save
          ? (['svg', 'png', 'csv'] as const).map((kind) =>
              button(l.t(`export.${kind}`), () => save(kind), { export: kind }),
            )
          : nothing
      }
      ${live ? button(l.t('live.pause'), live.toggle, { pressed: String(live.paused) }) : nothing}
    </div>
    ${o.problem ? html`<p class="nw-notice nw-notice--error">${o.problem}</p>` : nothing}`;
}
