/**
 * Proposes a mapping from an export's headers (and, optionally, a few sample rows) for the
 * evaluator to check and confirm: which column is the id, the date, sector, nation, region, the
 * other challenge, and which challenge each rating question is about (by the words of its label,
 * English or Welsh, e.g. "How much of a challenge is… - Building relationships"). Each column gets
 * a confidence from 0 to 1; answers that no rating matches are listed.
 */
import { DEFAULT_CATALOGUE, challengeLabel, type Catalogue } from '@netweave/model';
import { normaliseText } from '../normalise/text.js';
import { ratingLookup, type Mapping } from './mapping.js';
import { dict, put } from '../dict.js';

export interface ProposedMapping {
  mapping: Mapping;
  /** Header → confidence (0–1) of the proposal for it. */
  confidence: Record<string, number>;
  /** Headers nothing was proposed for (left out of `columns`, so they are reported when reading). */
  unmatched: string[];
  /** Answer texts in challenge columns that no rating matches: add them to `values`. */
  unknownAnswers: string[];
}

const STOP = new Set([
  'and',
  'the',
  'for',
  'with',
  'your',
  'as',
  'well',
  'as',
  'of',
  'to',
  'a',
  'it',
  'asking',
  'receiving',
  'offering',
  'help',
  'a',
  'ac',
  'yn',
  'y',
  'yr',
  'i',
  'am',
  'a’i',
  'ei',
  'gan',
]);

const FIELD_PATTERNS: [string, RegExp, number][] = [
  ['response_id', /^(id|response id|respondent id|response number|submission id|response)$/, 0.95],
  ['response_id', /\b(respondent|response|submission) id\b/, 0.85],
  [
    'submitted_at',
    /\b(completion time|timestamp|date submitted|submitted at|submission date|end date|completed)\b/,
    0.9,
  ],
  ['session_id', /\b(session|workshop|event)\b/, 0.7],
  [
    'sector',
    /\b(sector|organisation type|type of organisation|organization type|where do you work|sector)\b/,
    0.85,
  ],
  ['nation', /\b(nation|country|which nation)\b/, 0.85],
  [
    'region',
    /\b(region|area|integrated care system|ics|health board area|local authority area|rhanbarth)\b/,
    0.7,
  ],
];
const IGNORE = /^(email|e mail|name|start time|last modified time|ip address|collector id|start date)$/;

function significantWords(text: string): string[] {
  return normaliseText(text)
    .split(' ')
    .filter((w) => w.length > 2 && !STOP.has(w));
}

function guessDateFormat(samples: string[]): 'iso' | 'dmy' | 'mdy' {
  let dmy = 0;
  let mdy = 0;
  let iso = 0;
  for (const s of samples) {
    if (/^\d{4}-\d{2}-\d{2}/.test(s)) iso += 1;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(s.trim());
    if (m) {
      if (+m[1]! > 12) dmy += 1;
      if (+m[2]! > 12) mdy += 1;
    }
  }
  if (iso && !dmy && !mdy) return 'iso';
  return mdy > dmy ? 'mdy' : 'dmy';
}

export function proposeMapping(
  headers: readonly string[],
  catalogue: Catalogue = DEFAULT_CATALOGUE,
  sampleRows: readonly (readonly string[])[] = [],
): ProposedMapping {
  // keyed by the export's headers, which may be anything ("constructor", "__proto__")
  const columns: Mapping['columns'] = dict();
  const confidence = dict<number>();
  const unmatched: string[] = [];
  const taken = new Map<string, number>();
  const challengeWords = catalogue.challenges.map((c) => ({
    id: c.id,
    words: [
      ...new Set([
        ...significantWords(challengeLabel(c, 'en')),
        ...significantWords(c.id.replace(/-/g, ' ')),
      ]),
    ],
    cy: significantWords(challengeLabel(c, 'cy')),
  }));

  const claim = (header: string, field: string | null, score: number) => {
    if (field !== null) {
      const prev = taken.get(field);
      if (prev !== undefined && prev >= score) return false;
      if (prev !== undefined) {
        for (const [h, f] of Object.entries(columns)) if (f === field) delete columns[h];
      }
      taken.set(field, score);
    }
    put(columns, header, field);
    put(confidence, header, score);
    return true;
  };

  headers.forEach((header) => {
    const key = normaliseText(header);
    if (IGNORE.test(key)) {
      claim(header, null, 0.9);
      return;
    }
    if (/\b(another|other|arall)\b/.test(key)) {
      const rating = /\b(rate|rating|how big|how much|score|sgor)\b/.test(key);
      claim(header, rating ? 'other_rating' : 'other_challenge', 0.75);
      return;
    }
    // a rating question about one challenge: the most of its label's words in the header
    const words = new Set(key.split(' '));
    let best: { id: string; score: number } | undefined;
    for (const c of challengeWords) {
      for (const list of [c.words, c.cy]) {
        if (!list.length) continue;
        const hits = list.filter(
          (w) => words.has(w) || [...words].some((h) => h.startsWith(w.slice(0, Math.max(4, w.length - 2)))),
        ).length;
        const score = hits / list.length;
        if (score > (best?.score ?? 0)) best = { id: c.id, score };
      }
    }
    for (const [field, pattern, score] of FIELD_PATTERNS) {
      if (pattern.test(key) && (best?.score ?? 0) < 0.99) {
        if (claim(header, field, score)) return;
      }
    }
    if (best && best.score >= 0.5 && claim(header, best.id, Math.min(0.95, 0.5 + best.score / 2))) return;
    unmatched.push(header);
  });

  const mapping: Mapping = { kind: 'netweave.mapping', version: 1, columns };
  if (!Object.values(columns).includes('session_id')) mapping.sessionId = 'session-1';
  const dateHeader = Object.entries(columns).find(([, f]) => f === 'submitted_at')?.[0];
  if (dateHeader) {
    const i = headers.indexOf(dateHeader);
    mapping.dateFormat = guessDateFormat(sampleRows.map((r) => r[i] ?? ''));
  }
  const lookup = ratingLookup(catalogue);
  const unknown = new Set<string>();
  const challengeIds = new Set(catalogue.challenges.map((c) => c.id));
  for (const [header, field] of Object.entries(columns)) {
    if (typeof field !== 'string' || !(challengeIds.has(field) || field === 'other_rating')) continue;
    const i = headers.indexOf(header);
    for (const r of sampleRows) {
      const answer = r[i] ?? '';
      if (lookup(answer) === undefined) unknown.add(answer.trim());
    }
  }
  return { mapping, confidence, unmatched, unknownAnswers: [...unknown].slice(0, 50) };
}
