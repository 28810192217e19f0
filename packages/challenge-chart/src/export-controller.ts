/**
 * The chart's downloads: a standalone SVG, a PNG drawn from it (2× for slides) and the figures
 * shown as CSV, saved with the widget kit's `download`. The export code (export.ts) is loaded on
 * first use, so pages that never export do not download it. A page whose Content Security Policy
 * does not allow `data:` images (`img-src`) cannot have a PNG drawn in the browser: the PNG button
 * then says so, on screen and through the announcer, and the SVG and CSV downloads still work.
 */
import type { Announcer } from '@netweave/core';
import type { ReactiveControllerHost } from 'lit';
import { svgCss } from './challenge-chart.styles.js';
import type { Exportable } from './export.js';
import { figuresCsv, type ChartLocalizer } from './lib/format.js';
import type { View } from './lib/view.js';

export type ExportKind = 'svg' | 'png' | 'csv';

type Host = ReactiveControllerHost & HTMLElement & Exportable & { readonly renderRoot: ParentNode };

export class ExportController {
  /** Why the last download could not be made (a string key), shown until the next download. */
  problem: 'export.png.blocked' | null = null;
  private readonly _host: Host;
  private readonly _view: () => View | null;
  private readonly _t: () => ChartLocalizer;
  private readonly _announcer: Announcer;

  /**
   * @param view what the chart shows now
   * @param t the wording to use now
   * @param announcer speaks a problem
   */
  constructor(host: Host, view: () => View | null, t: () => ChartLocalizer, announcer: Announcer) {
    this._host = host;
    this._view = view;
    this._t = t;
    this._announcer = announcer;
  }

  async svg(): Promise<string> {
    const svgEl = this._host.renderRoot.querySelector<SVGSVGElement>('svg.plot');
    if (!svgEl) return '';
    const { standaloneSvg } = await import('./export.js');
    return standaloneSvg(svgEl, svgCss, this._host);
  }

  async png(scale: number): Promise<Blob> {
    const layout = this._view()?.layout;
    if (!layout) throw new Error('There is no chart to export');
    const surface = getComputedStyle(this._host).getPropertyValue('--_cc-surface').trim() || '#ffffff';
    const [{ svgToPng }, text] = await Promise.all([import('./export.js'), this._host.toSVG()]);
    return svgToPng(text, layout.width, layout.height, scale, surface);
  }

  csv(): string {
    const view = this._view();
    return view ? figuresCsv(view.model) : '';
  }

  /** Saves the chart as a file (a download button), through the element's own export methods. */
  readonly save = async (kind: ExportKind): Promise<void> => {
    this._show(null);
    const { saveAs } = await import('./export.js');
    try {
      await saveAs(this._host, kind, `${this._t().t('export.filename')}.${kind}`);
    } catch (error) {
      // The page's policy blocked the image a PNG is drawn from (export.ts): say so.
      if ((error as Error | null)?.name !== 'SecurityError') throw error;
      const l = this._t();
      this._show('export.png.blocked');
      this._announcer.say(l.t('export.png.blocked'), l.locale);
    }
  };

  private _show(problem: ExportController['problem']): void {
    if (problem === this.problem) return;
    this.problem = problem;
    this._host.requestUpdate();
  }
}
