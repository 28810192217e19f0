import {
  Announcer,
  ConfigController,
  DEFAULT_CATALOGUE,
  LanguageController,
  challengeLabel,
  fieldLabels,
  type Catalogue,
  type FrequencySummary,
  type ResponseStore,
  type StringOverrides,
} from '@netweave/core';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles, svgCss } from './challenge-chart.styles.js';
import { checkSummary } from './lib/check.js';
import { disclosureNotes, suppressedText } from './lib/disclosure.js';
import { barLabel, figuresCsv, textSummary, tickText, valueText, type ChartLocalizer } from './lib/format.js';
import { layoutChart, type ChartLayout, type Spacing } from './lib/layout.js';
import { batchSize } from './lib/release.js';
import { buildModel, type ChartModel, type GroupLayout, type Measure, type SortOrder } from './lib/model.js';
import { hitItems, renderSvg, type HitItem } from './render-svg.js';
import { problemMessage, SummarySource, type Source } from './summary-source.js';
import { chartCy, chartEn } from './strings.js';
import { TooltipController } from './tooltip-controller.js';

/** Parts fetched after the first chart is drawn (separate chunks of the CDN build). */
interface Parts {
  renderTooltip: typeof import('./render-tooltip.js').renderTooltip;
  renderTable: typeof import('./render-table.js').renderTable;
}

interface View {
  model: ChartModel;
  layout: ChartLayout;
  hits: HitItem[];
  l: ChartLocalizer;
  summary: FrequencySummary;
  notes: string[];
  hidden: string;
}

/** The host's letter and word spacing in px (a reader's text-spacing override), if any. */
function spacingOf(el: Element): Spacing | undefined {
  const style = getComputedStyle(el);
  const letter = parseFloat(style.letterSpacing) || 0;
  const word = parseFloat(style.wordSpacing) || 0;
  return letter || word ? { letter, word } : undefined;
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
    _width: { state: true },
    _tableOpen: { state: true },
    _focusKey: { state: true },
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

  private _width = 0;
  private _tableOpen = false;
  private _focusKey: string | null = null;

  private readonly _config = new ConfigController(this);
  private readonly _lang = new LanguageController(this, this._config, tables);
  private readonly _summary = new SummarySource(this, {
    batch: () => batchSize(this.batch),
    released: () => this._announceUpdate(),
  });
  private readonly _announcer = new Announcer(this, 'challenge-chart');
  private readonly _tips = new TooltipController(this);
  private _resize?: ResizeObserver;
  private _view: View | null = null;
  private _spacing?: Spacing | undefined;
  private _spoken = '';
  private _parts?: Parts | Promise<void>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this._resize = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w > 0 && w !== this._width) this._width = w;
        // A text-spacing override applied later changes the host's size too: measure again.
        else if (!sameSpacing(spacingOf(this), this._spacing)) this.requestUpdate();
      });
      this._resize.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
  }

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

  protected override willUpdate(_changed: PropertyValues): void {
    if (!this._width) this._width = Math.round(this.clientWidth) || 640;
    this._spacing = spacingOf(this);
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

  /** An error is spoken once (not again at every render while it shows). */
  private _speakOnce(text: string, lang: string): void {
    if (text === this._spoken) return;
    this._spoken = text;
    this._announcer.sayLater(text, lang);
  }

  /** Live updates are spoken once, as a summary of what the chart now shows. */
  private _announceUpdate(): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const view = this._view;
      const l = this._localizer;
      if (!view) return;
      const n = view.summary.respondents;
      const head = n === null ? l.t('live.updated.plain') : l.t('live.updated', { count: n });
      const top = textSummary(l, view.model).split(/(?<=\.) /)[0] ?? '';
      this._announcer.sayLater(`${head} ${top}`.trim(), l.locale);
    });
  }

  /** Reads the summary again from `src` or the store (not needed for `data`). */
  refresh(): Promise<void> {
    return this._summary.refresh();
  }

  private _labelFor(l: ChartLocalizer, groupBy: string | undefined) {
    const challenges = new Map(
      this._catalogues.flatMap((c) => c.challenges.map((ch) => [ch.id, ch] as const)).reverse(),
    );
    const fields = fieldLabels[l.locale] as Record<string, Record<string, string>>;
    return {
      challenge: (id: string, fallback: string) => {
        const ch = challenges.get(id);
        return l.locale === 'en' || !ch ? fallback || id : challengeLabel(ch, l.locale);
      },
      group: (key: string, fallback: string) => (groupBy && fields[groupBy]?.[key]) || fallback || key,
    };
  }

  private _compute(): { error: string[] } | { empty: true } | { view: View } | { loading: true } {
    const l = this._localizer;
    const source = this._summary;
    if (!this.data && source.problem) return { error: [problemMessage(l, source.problem)] };
    const input = this.data ?? source.summary;
    if (!input) return source.kind !== 'data' ? { loading: true } : { empty: true };
    const checked = checkSummary(input, l, this._catalogues);
    if (!checked.ok) return { error: checked.messages };
    const summary = checked.summary;
    const names = this._labelFor(l, summary.groupBy);
    const localised: FrequencySummary = summary.groups
      ? { ...summary, groups: summary.groups.map((g) => ({ ...g, label: names.group(g.key, g.label) })) }
      : summary;
    const model = buildModel(localised, {
      sort: this.sort === 'catalogue' ? 'catalogue' : 'frequency',
      top: this.top,
      measure: this.measure === 'count' ? 'count' : 'percent',
      groupLayout: this.groupLayout === 'multiples' ? 'multiples' : 'grouped',
      labelFor: names.challenge,
    });
    if (!model.data.length) return { empty: true };
    const measure = model.measure;
    // What * means and whether counts are rounded: under the chart, in its description and
    // under the data table, in the same words.
    const disclosure = disclosureNotes(l, summary, model.anySuppressed);
    const hidden = suppressedText(l, summary);
    const notes = [...disclosure, model.data.some((d) => d.interval) ? l.t('note.interval') : ''].filter(
      Boolean,
    );
    const layout = layoutChart(model, {
      width: this._width || 640,
      title: this.label || l.t('title'),
      axisTitle: l.t(measure === 'count' ? 'axis.count' : 'axis.percent'),
      notes,
      valueText: (d) => valueText(l, d, measure),
      tickText: (v) => tickText(l, v, measure),
      spacing: this._spacing,
    });
    const hits = hitItems(layout, model.mode === 'grouped', (b) => barLabel(l, b.datum, measure, hidden));
    return { view: { model, layout, hits, l, summary, notes: disclosure, hidden } };
  }

  private _onKeydown = (event: KeyboardEvent) => {
    const hits = this._view?.hits ?? [];
    const current = (event.target as Element).closest?.('.hit-item')?.getAttribute('data-key');
    const i = hits.findIndex((h) => h.key === current);
    if (i < 0) return;
    let next = i;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(hits.length - 1, i + 1);
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(0, i - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = hits.length - 1;
    else return;
    event.preventDefault();
    this._focusBar(hits[next]!.key);
  };

  private _focusBar(key: string): void {
    this._focusKey = key;
    const el = this.renderRoot.querySelector<SVGGElement>(`.hit-item[data-key="${CSS.escape(key)}"]`);
    el?.focus();
  }

  private _onFocusIn = (event: FocusEvent) => {
    const key = (event.target as Element).closest?.('.hit-item')?.getAttribute('data-key');
    if (key) {
      this._focusKey = key;
      this._tips.focused(key);
    }
  };

  private _onFocusOut = () => this._tips.blurred();

  private _onPointerOver = (event: PointerEvent) => {
    const target = event.target as Element;
    if (target.closest?.('.tooltip')) return this._tips.pointerOver('tooltip');
    this._tips.pointerOver(target.closest?.('.hit-item')?.getAttribute('data-key') ?? null);
  };

  private _onPointerLeave = () => this._tips.pointerLeft();

  /**
   * The chart as a standalone SVG document (styles inlined). The export code is loaded on first
   * use (a separate chunk of the CDN build), so pages that never export do not download it.
   */
  async toSVG(): Promise<string> {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    if (!svgEl) return '';
    const { standaloneSvg } = await import('./export.js');
    return standaloneSvg(svgEl, svgCss, this);
  }

  /** The chart as a PNG at `scale`× (2 for slides). */
  async toPNG(scale = 2): Promise<Blob> {
    const layout = this._view?.layout;
    if (!layout) throw new Error('There is no chart to export');
    const surface = getComputedStyle(this).getPropertyValue('--_cc-surface').trim() || '#ffffff';
    const [{ svgToPng }, text] = await Promise.all([import('./export.js'), this.toSVG()]);
    return svgToPng(text, layout.width, layout.height, scale, surface);
  }

  /** The figures shown (after `top`, in display order) as CSV with core's summary columns. */
  toCSV(): string {
    return this._view ? figuresCsv(this._view.model) : '';
  }

  private async _export(kind: 'svg' | 'png' | 'csv'): Promise<void> {
    const { download } = await import('./export.js');
    const name = `${this._localizer.t('export.filename')}.${kind}`;
    if (kind === 'svg') download(name, await this.toSVG(), 'image/svg+xml');
    else if (kind === 'csv') download(name, this.toCSV(), 'text/csv;charset=utf-8');
    else download(name, await this.toPNG(2));
  }

  private _warnedLocal = false;

  override render() {
    const l = this._localizer;
    const result = this._compute();
    this._view = 'view' in result ? result.view : null;
    // Status and error messages are spoken from the light-DOM region (announcer.ts), once: the
    // notices here carry no live role of their own, so nothing is heard twice.
    if ('error' in result) {
      this._speakOnce([l.t('error.heading'), ...result.error].join(' '), l.locale);
      return html`<div class="nw-notice nw-notice--error">
        <p class="error-heading">${l.t('error.heading')}</p>
        <ul>
          ${result.error.map((m) => html`<li>${m}</li>`)}
        </ul>
      </div>`;
    }
    this._spoken = '';
    const source = this._source();
    // No collector: a single-device demo. Said on screen, and in the console for the partner.
    const local =
      source.kind === 'live' && !('endpoint' in source.store)
        ? html`<p part="local" class="nw-notice">${l.t('local')}</p>`
        : nothing;
    if (local !== nothing && !this._warnedLocal) {
      this._warnedLocal = true;
      console.warn(
        'netweave: <netweave-challenge-chart> has no endpoint, src or data, so it shows only answers kept on this device. Set endpoint="https://your-collector" on it or on <netweave-provider>.',
      );
    }
    if ('loading' in result)
      return html`${local}
        <p class="nw-notice">${l.t('loading')}</p>`;
    if ('empty' in result)
      return html`${local}
        <p class="nw-notice">${l.t('empty')}</p>`;
    const { model, layout, hits, notes, hidden } = result.view;
    const focusKey = hits.some((h) => h.key === this._focusKey) ? this._focusKey : (hits[0]?.key ?? null);
    const parts = this._parts instanceof Promise ? undefined : this._parts;
    const shown = this._tips.tip;
    const tip = shown && parts ? parts.renderTooltip(layout, shown.key, l, model.measure, hidden) : null;
    const live = source.kind === 'live';
    return html`${local}
      <figure>
        <div
          class="chart"
          @keydown=${this._onKeydown}
          @focusin=${this._onFocusIn}
          @focusout=${this._onFocusOut}
          @pointerover=${this._onPointerOver}
          @pointerleave=${this._onPointerLeave}
        >
          ${renderSvg(layout, {
            title: this.label || l.t('title'),
            summary: textSummary(l, model, notes),
            listLabel: l.t('aria.bars'),
            grouped: model.mode === 'grouped',
            hits,
            activeKey: tip && shown ? shown.key : null,
            focusKey,
            tooltip: tip,
          })}
        </div>
        ${live ? html`<p class="live-note">${l.t('live.batch', { batch: batchSize(this.batch) })}</p>` : nothing}
        <div class="toolbar">
          <button
            type="button"
            class="nw-button nw-button--secondary"
            aria-expanded=${this._tableOpen ? 'true' : 'false'}
            aria-controls="data-table"
            @click=${() => (this._tableOpen = !this._tableOpen)}
          >
            ${l.t(this._tableOpen ? 'table.hide' : 'table.show')}
          </button>
          ${
            this.noExport
              ? nothing
              : (['svg', 'png', 'csv'] as const).map(
                  (kind) =>
                    html`<button
                      type="button"
                      class="nw-button nw-button--secondary"
                      data-export=${kind}
                      @click=${() => this._export(kind)}
                    >
                      ${l.t(`export.${kind}`)}
                    </button>`,
                )
          }
          ${
            live
              ? html`<button
                  type="button"
                  class="nw-button nw-button--secondary"
                  aria-pressed=${this._summary.paused ? 'true' : 'false'}
                  @click=${() => this._summary.togglePause()}
                >
                  ${l.t('live.pause')}
                </button>`
              : nothing
          }
        </div>
        <div id="data-table" class="table-wrap" ?hidden=${!this._tableOpen}>
          ${parts?.renderTable(l, model, notes) ?? nothing}
        </div>
      </figure>`;
  }
}

function sameSpacing(a: Spacing | undefined, b: Spacing | undefined): boolean {
  return a?.letter === b?.letter && a?.word === b?.word;
}

declare global {
  interface HTMLElementTagNameMap {
    'netweave-challenge-chart': ChallengeChart;
  }
}
