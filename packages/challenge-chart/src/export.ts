/**
 * Exporting the chart as a standalone file: the SVG with its styles inlined as a <style> element
 * (custom properties resolved to the colours on screen), a PNG drawn from that SVG at 2× for
 * slides, saved with the widget kit's `download`. Loaded on first use; uses the DOM (the pure
 * parts live in lib/).
 */
import { download } from '@netweave/core';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Custom properties whose on-screen values are written into the exported SVG. */
export const EXPORTED_VARS = [
  '--_cc-bar',
  '--_cc-group-1',
  '--_cc-group-2',
  '--_cc-group-3',
  '--_cc-whisker',
  '--_cc-grid',
  '--_cc-muted',
  '--_cc-text',
  '--_cc-surface',
] as const;

/**
 * A standalone SVG document from the chart's <svg>: interactive layers (keyboard targets,
 * tooltip) removed, the chart's CSS and the resolved colours inlined.
 */
export function standaloneSvg(svg: SVGSVGElement, css: string, host: Element): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.querySelectorAll('.hits, .tooltip').forEach((n) => n.remove());
  clone.removeAttribute('class');
  const computed = getComputedStyle(host);
  const vars = EXPORTED_VARS.map(
    (name) => `${name}:${computed.getPropertyValue(name).trim() || 'initial'}`,
  ).join(';');
  const font = computed.fontFamily || 'sans-serif';
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `svg{${vars};color:${computed.color};font-family:${font};background:${computed.getPropertyValue('--_cc-surface').trim() || '#fff'}}\n${css}`;
  clone.insertBefore(style, clone.firstChild);
  const text = new XMLSerializer().serializeToString(clone).replace(/<!--[\s\S]*?-->/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/**
 * Draws the SVG onto a canvas at `scale`× and returns a PNG. Rejects with a `SecurityError` where
 * the page does not allow the `data:` image it is drawn from.
 */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
  scale = 2,
  background = '#ffffff',
): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  try {
    await img.decode();
  } catch {
    // The image is our own SVG: it does not load where the page's Content Security Policy has
    // no `data:` in img-src (or default-src). A SecurityError, which the element explains.
    throw new DOMException(
      'The chart cannot be drawn as a PNG: the page’s Content Security Policy does not allow data: images (img-src)',
      'SecurityError',
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** What can be saved: the element's own export methods (a subclass's overrides included). */
export interface Exportable {
  toSVG(): Promise<string>;
  toPNG(scale?: number): Promise<Blob>;
  toCSV(): string;
}

/** Saves `chart` as an SVG, a 2× PNG or a CSV file called `name` (the download buttons). */
export async function saveAs(chart: Exportable, kind: 'svg' | 'png' | 'csv', name: string): Promise<void> {
  if (kind === 'svg') download(name, await chart.toSVG(), 'image/svg+xml');
  else if (kind === 'csv') download(name, chart.toCSV(), 'text/csv;charset=utf-8');
  else download(name, await chart.toPNG(2));
}
