import {
  ConfigController,
  DEFAULT_CATALOGUE,
  LanguageController,
  type Catalogue,
  type FrequencySummary,
  type ResponseStore,
  type StringOverrides,
} from '@netweave/core';
import { LitElement, html, nothing } from 'lit';
import { AnnounceController } from './announce-controller.js';
import { BarsController } from './bars-controller.js';
import { styles } from './challenge-chart.styles.js';
import { ExportController } from './export-controller.js';
import { textSummary, type ChartLocalizer } from './lib/format.js';
import type { GroupLayout, Measure, SortOrder } from './lib/model.js';
import { batchSize } from './lib/release.js';
import { chartView, type View, type ViewResult } from './lib/view.js';
import { renderError } from './render-error.js';
import { renderSvg } from './render-svg.js';
import { renderToolbar } from './render-toolbar.js';
import { SizeController } from './size-controller.js';
import { problemMessage, SummarySource, type Source } from './summary-source.js';
import { chartCy, chartEn } from './strings.js';

/** Parts fetched after the first chart is drawn (separate chunks of the CDN build). */
interface Parts {
  renderTooltip: typeof import('./render-tooltip.js').renderTooltip;
  renderTable: typeof import('./render-table.js').renderTable;
}

/** The chart's wording: both languages up front (Welsh dates and lists come with the kit). */
const tables = { en: chartEn, cy: chartCy };

/**
 * A bar chart of how often each network challenge was identified, with 95% intervals,
 * small-number suppression, a text summary, a data table and exports.
 *
 * @tagname netweave-challenge-chart
 * @summary How often each challenge was identified: bars, Wilson intervals, suppression, data table.
 *
 * @csspart svg - The chart's SVG.
 * @csspart table - The data table.
 * @csspart local - The notice that the chart shows only answers kept on this device (no collector).
 * @cssprop --netweave-challenge-chart-bar - Bar colour (default: the primary colour).
 * @cssprop --netweave-challenge-chart-group-2 - Colour behind the second group's stripes.
 * @cssprop --netweave-challenge-chart-group-3 - Colour behind the third group's dots.
 * @cssprop --netweave-challenge-chart-group-4 - Colour behind the fourth group's grid pattern.
 * @cssprop --netweave-challenge-chart-whisker - Colour of the interval lines.
 * @cssprop --netweave-challenge-chart-grid - Colour of the grid lines.
 * @cssprop --netweave-challenge-chart-text - Colour of the chart's text; set it with the surface (a pair).
 * @cssprop --netweave-challenge-chart-muted - Colour of ticks, notes and suppressed markers.
 * @cssprop --netweave-challenge-chart-surface - The chart's background (also tooltips, exported files); set it with the text colour.
 */
export class ChallengeChart extends LitElement {
  static override styles = styles;

  // Declared here rather than with decorators: ~0.2 KB less in the CDN file (40 KB budget).
  static override properties = {
    data: { attribute: false },
    src: {},
    sort: { reflect: true },
    top: { type: Number },
    measure: { reflect: true },
    groupLayout: { attribute: 'group-layout' },
    label: {},
    noExport: { type: Boolean, attribute: 'no-export' },
    session: {},
    endpoint: {},
    store: { attribute: false },
    strings: { attribute: false },
    lang: { reflect: true },
    batch: { type: Number },
    _tableOpen: { state: true },
  };

  /** The summary to draw (the SDK's FrequencySummary). Takes precedence over `src` and live data. */
  data: FrequencySummary | null = null;
  /** URL of the SDK's summary as JSON or CSV (told apart by content type, then extension). */
  src = '';
  /** Bar order: `frequency` (most often identified first) or `catalogue`. */
  sort: SortOrder = 'frequency';
  /** Show only the N most often identified challenges (0: all). */
  top = 0;
  /** Bar length: `percent` of respondents, or `count` of respondents who identified it. */
  measure: Measure = 'percent';
  /** With groups: `grouped` bars side by side, or `multiples` (one small chart per group). */
  groupLayout: GroupLayout = 'grouped';
  /** Chart title (default: “How often each challenge was identified”). */
  label = '';
  /** Hide the download buttons. */
  noExport = false;
  /** Live data: the session whose summary is drawn (else the provider's). */
  session?: string;
  /** Live data: a collector's base URL (else the provider's, else this device). */
  endpoint?: string;
  /** Live data: a store object (overrides `endpoint`). */
  store?: ResponseStore;
  /** Partner wording or translations: `{ en: {…}, cy: {…} }`. */
  strings?: StringOverrides;
  /** Language (`en` or `cy`); else the closest `lang` on the page. */
  override lang!: string;
  /**
   * Live data: redraw only once this many more people have responded since the summary shown
   * (at least 5), so that a shared screen never shows what the last person answered.
   */
  batch = 5; // lib/release.ts: MIN_BATCH

  private _tableOpen = false;
  /** What the chart shows, as last rendered (null: a message instead). */
  private _view: View | null = null;
  private _parts?: Parts | Promise<void>;
  private _warnedLocal = false;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, tables);
  private readonly _summary = new SummarySource(this, {
    batch: () => batchSize(this.batch),
    released: () => this._announce.released(),
  });
  private readonly _announce = new AnnounceController(
    this,
    () => this._view,
    () => this._localizer,
  );
  private readonly _size = new SizeController(this);
  private readonly _bars = new BarsController(this, () => this._view?.hits ?? []);
  private readonly _exports = new ExportController(
    this,
    () => this._view,
    () => this._localizer,
    this._announce,
  );

  private get _localizer(): ChartLocalizer {
    return this._lang.t as ChartLocalizer;
  }

  private get _catalogues(): Catalogue[] {
    return [this._config.catalogue, DEFAULT_CATALOGUE].filter((c): c is Catalogue => !!c);
  }

  private _source(): Source {
    if (this.data) return { kind: 'data' };
    if (this.src) return { kind: 'src', url: this.src };
    return {
      kind: 'live',
      session: this._config.session,
      store: this._config.store,
      catalogue: this._config.catalogue ?? DEFAULT_CATALOGUE,
    };
  }

  protected override willUpdate(): void {
    this._summary.sync(this._source());
  }

  protected override updated(): void {
    // The tooltip and the data table: fetched once a chart is up, before anyone reaches for them.
    if (this._view && !this._parts) {
      this._parts = Promise.all([import('./render-tooltip.js'), import('./render-table.js')]).then(
        ([tooltip, table]) => {
          this._parts = { renderTooltip: tooltip.renderTooltip, renderTable: table.renderTable };
          this.requestUpdate();
        },
      );
    }
  }

  /** Reads the summary again from `src` or the store (not needed for `data`). */
  refresh(): Promise<void> {
    return this._summary.refresh();
  }

  /**
   * The chart as a standalone SVG document (styles inlined). The export code is loaded on first
   * use (a separate chunk of the CDN build), so pages that never export do not download it.
   */
  async toSVG(): Promise<string> {
    return this._exports.svg();
  }

  /** The chart as a PNG at `scale`× (2 for slides). */
  async toPNG(scale = 2): Promise<Blob> {
    return this._exports.png(scale);
  }

  /** The figures shown (after `top`, in display order) as CSV with core's summary columns. */
  toCSV(): string {
    return this._exports.csv();
  }

  /** What to draw: the chart, why it cannot be drawn, or that there is nothing (yet) to draw. */
  private _compute(l: ChartLocalizer): ViewResult | { loading: true } {
    const source = this._summary;
    if (!this.data && source.problem) return { error: [problemMessage(l, source.problem)] };
    const input = this.data ?? source.summary;
    if (!input) return source.kind !== 'data' ? { loading: true } : { empty: true };
    return chartView(input, l, {
      sort: this.sort,
      top: this.top,
      measure: this.measure,
      groupLayout: this.groupLayout,
      title: this.label || l.t('title'),
      width: this._size.width,
      spacing: this._size.spacing,
      catalogues: this._catalogues,
    });
  }

  override render() {
    const l = this._localizer;
    const result = this._compute(l);
    const view = (this._view = 'view' in result ? result.view : null);
    // Status and error messages are spoken from the light-DOM region (announce-controller.ts),
    // once: the notices here carry no live role of their own, so nothing is heard twice.
    this._announce.error(
      'error' in result ? [l.t('error.heading'), ...result.error].join(' ') : '',
      l.locale,
    );
    if ('error' in result) return renderError(l, result.error);
    const source = this._source();
    const live = source.kind === 'live';
    // No collector: a single-device demo. Said on screen, and in the console for the partner.
    const local =
      live && !('endpoint' in source.store)
        ? html`<p part="local" class="nw-notice">${l.t('local')}</p>`
        : nothing;
    if (local !== nothing && !this._warnedLocal) {
      this._warnedLocal = true;
      console.warn(
        'netweave: <netweave-challenge-chart> has no endpoint, src or data, so it shows only answers kept on this device. Set endpoint="https://your-collector" on it or on <netweave-provider>.',
      );
    }
    if (!view)
      return html`${local}
        <p class="nw-notice">${l.t('loading' in result ? 'loading' : 'empty')}</p>`;
    const { model, layout, hits, notes, hidden } = view;
    const parts = this._parts instanceof Promise ? undefined : this._parts;
    const bars = this._bars;
    const shown = bars.tip;
    const tip = shown && parts ? parts.renderTooltip(layout, shown.key, l, model.measure, hidden) : null;
    const problem = this._exports.problem;
    return html`${local}
      <figure>
        <div
          class="chart"
          @keydown=${bars.keydown}
          @focusin=${bars.focusin}
          @focusout=${bars.focusout}
          @pointerover=${bars.pointerover}
          @pointerleave=${bars.pointerleave}
        >
          ${renderSvg(layout, {
            title: this.label || l.t('title'),
            summary: textSummary(l, model, notes),
            listLabel: l.t('aria.bars'),
            grouped: model.mode === 'grouped',
            hits,
            activeKey: tip && shown ? shown.key : null,
            focusKey: bars.tabStop(hits),
            tooltip: tip,
          })}
        </div>
        ${live ? html`<p class="live-note">${l.t('live.batch', { batch: batchSize(this.batch) })}</p>` : nothing}
        ${renderToolbar(l, {
          tableOpen: this._tableOpen,
          toggleTable: () => (this._tableOpen = !this._tableOpen),
          save: this.noExport ? undefined : this._exports.save,
          live: live
            ? { paused: this._summary.paused, toggle: () => this._summary.togglePause() }
            : undefined,
          problem: problem ? l.t(problem) : undefined,
        })}
        <div id="data-table" class="table-wrap" ?hidden=${!this._tableOpen}>
          ${parts?.renderTable(l, model, notes) ?? nothing}
        </div>
      </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'netweave-challenge-chart': ChallengeChart;
  }
}
