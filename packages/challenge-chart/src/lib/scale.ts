/**
 * A linear value scale from 0. d3-scale is not bundled: its scaleLinear pulls d3-interpolate,
 * d3-color and d3-format into the CDN file (~7 KB min+gzip) and even scaleBand costs ~0.7 KB,
 * against a 40 KB budget that core and Lit already take most of. A bar chart from zero needs only
 * a multiplication; d3-array's `nice` and `ticks` do the part that matters (round axis ends and
 * tick values).
 */
import { nice, ticks } from 'd3-array';

export interface ZeroScale {
  (value: number): number;
  readonly max: number;
  ticks(count: number): number[];
}

export function zeroScale(max: number, from: number, to: number, niceDomain = false): ZeroScale {
  const top = niceDomain ? nice(0, max, 5)[1] || max : max;
  const scale = ((value: number) => from + (top > 0 ? value / top : 0) * (to - from)) as ZeroScale;
  Object.defineProperty(scale, 'max', { value: top });
  scale.ticks = (count: number) => ticks(0, top, count);
  return scale;
}
