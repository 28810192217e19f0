/** Summaries the tests and the golden-file script draw. Figures are made up but consistent. */
import type { ChallengeFrequency, FrequencySummary } from '@netweave/core';
import { wilson } from '@netweave/core/stats';

const LABELS: Record<string, string> = {
  'building-relationships': 'Building relationships',
  'evaluating-your-network': 'Evaluating your network',
  'finding-the-time': 'Finding the time',
  'generating-ideas': 'Generating ideas',
  'hassles-with-hierarchies': 'Hassles with hierarchies',
  'ideas-to-action': 'Ideas to action',
  'inclusivity-and-diversity': 'Inclusivity and diversity',
  'network-mapping': 'Network mapping',
  'peer-support': 'Peer support (asking for and receiving help as well as offering it)',
};

export function freq(id: string, identified: number | null, base: number | null): ChallengeFrequency {
  if (identified === null || base === null) {
    return {
      id,
      label: LABELS[id] ?? id,
      identified: null,
      base: null,
      proportion: null,
      interval: null,
      suppressed: true,
    };
  }
  return {
    id,
    label: LABELS[id] ?? id,
    identified,
    base,
    proportion: base ? identified / base : null,
    interval: wilson(identified, base),
    suppressed: false,
  };
}

export function summary(
  challenges: ChallengeFrequency[],
  extra: Partial<FrequencySummary> = {},
): FrequencySummary {
  return {
    kind: 'netweave.frequency-summary',
    version: 1,
    threshold: 3,
    catalogueVersion: '2024.1',
    respondents: 60,
    disclosure: { rule: 'min-base', minBase: 8, description: 'Counts from 1 to 7 are not shown.' },
    challenges,
    ...extra,
  };
}

/** All nine challenges, catalogue order; "Finding the time" is the most frequent (24 of 57). */
export const basic = summary([
  freq('building-relationships', 18, 58),
  freq('evaluating-your-network', 20, 55),
  freq('finding-the-time', 24, 57),
  freq('generating-ideas', 10, 56),
  freq('hassles-with-hierarchies', 21, 54),
  freq('ideas-to-action', 15, 58),
  freq('inclusivity-and-diversity', 12, 52),
  freq('network-mapping', 9, 50),
  freq('peer-support', 16, 59),
]);

/** Two challenges suppressed under the NHS rule (every count shown is a multiple of 5, as the SDK rounds). */
export const suppressed = summary(
  [
    freq('building-relationships', 20, 40),
    freq('finding-the-time', 25, 40),
    freq('network-mapping', null, null),
    freq('hassles-with-hierarchies', 10, 40),
    freq('peer-support', null, null),
  ],
  {
    disclosure: {
      rule: 'nhs',
      minBase: 8,
      description: 'Counts 1–7 are shown as * and other counts rounded to 5.',
    },
    respondents: 40,
  },
);

/** By sector: three groups over five challenges (one suppressed in one group). */
export const grouped = summary(
  [
    freq('building-relationships', 30, 90),
    freq('finding-the-time', 45, 92),
    freq('hassles-with-hierarchies', 35, 88),
    freq('ideas-to-action', 20, 90),
    freq('network-mapping', 15, 85),
  ],
  {
    respondents: 92,
    groupBy: 'sector',
    groups: [
      {
        key: 'nhs',
        label: 'NHS',
        respondents: 40,
        challenges: [
          freq('building-relationships', 10, 40),
          freq('finding-the-time', 25, 40),
          freq('hassles-with-hierarchies', 20, 38),
          freq('ideas-to-action', 10, 40),
          freq('network-mapping', 8, 37),
        ],
      },
      {
        key: 'local-government',
        label: 'Local government',
        respondents: 30,
        challenges: [
          freq('building-relationships', 12, 30),
          freq('finding-the-time', 12, 30),
          freq('hassles-with-hierarchies', 10, 30),
          freq('ideas-to-action', null, null),
          freq('network-mapping', null, null),
        ],
      },
      {
        key: 'vcse',
        label: 'VCSE',
        respondents: 22,
        challenges: [
          freq('building-relationships', 8, 20),
          freq('finding-the-time', 8, 22),
          freq('hassles-with-hierarchies', null, null),
          freq('ideas-to-action', 8, 22),
          freq('network-mapping', null, null),
        ],
      },
    ],
  },
);

export interface GoldenCase {
  name: string;
  width: number;
  data: FrequencySummary;
  attrs: Record<string, string>;
}

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'sorted', width: 720, data: basic, attrs: { lang: 'en' } },
  { name: 'grouped', width: 720, data: grouped, attrs: { lang: 'en', sort: 'catalogue' } },
  { name: 'suppression', width: 640, data: suppressed, attrs: { lang: 'en' } },
  { name: 'narrow', width: 340, data: basic, attrs: { lang: 'en', top: '5' } },
];
