import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBarChartSvg } from '../src/index.js';

const summary = {
  threshold: 3,
  respondents: 40,
  challenges: [
    {
      id: 'a',
      label: 'Finding the time',
      identified: 30,
      base: 40,
      proportion: 0.75,
      interval: [0.6, 0.86] as [number, number],
      suppressed: false,
    },
    {
      id: 'b',
      label: '<b>Peer support (asking for and receiving help as well as offering it)</b>',
      identified: null,
      base: null,
      proportion: null,
      interval: null,
      suppressed: true,
    },
    {
      id: 'c',
      label: 'Network mapping',
      identified: 10,
      base: 40,
      proportion: 0.25,
      interval: [0.14, 0.4] as [number, number],
      suppressed: false,
    },
  ],
};

test('the SVG chart sorts by frequency, names itself for screen readers and marks withheld bars', () => {
  const svg = renderBarChartSvg(summary);
  assert.match(svg, /^<svg [^>]*role="img"/);
  assert.match(svg, /<title id="nw-chart-title">Share of respondents identifying each challenge<\/title>/);
  assert.match(
    svg,
    /<desc id="nw-chart-desc">Finding the time: 75%; Network mapping: 25%; .*not shown<\/desc>/,
  );
  assert.ok(svg.indexOf('Finding the time') < svg.indexOf('Network mapping'));
  assert.match(svg, /\* \(not shown\)/);
});

test('labels are escaped and long ones shortened to fit', () => {
  const svg = renderBarChartSvg(summary);
  assert.ok(!svg.includes('<b>'));
  assert.match(svg, />&lt;b&gt;Peer support \(asking for and receiving h…</);
});

test('the same input gives the same SVG', () => {
  assert.equal(renderBarChartSvg(summary), renderBarChartSvg(structuredClone(summary)));
});
