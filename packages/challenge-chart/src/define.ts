import { defineElement } from '@netweave/core';
import { ChallengeChart } from './challenge-chart.js';
import { VERSION } from './version.js';

defineElement('netweave-challenge-chart', ChallengeChart, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-challenge-chart': ChallengeChart;
  }
}
