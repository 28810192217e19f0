/**
 * A linear value scale from 0. d3-scale's scaleLinear is not used for the value axis because it
 * pulls d3-interpolate, d3-color and d3-format into the CDN bundle (~7 KB min+gzip) for features a
 * bar chart from zero never needs; d3-array's `nice` and `ticks` do the part that matters.
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
