/**
 * Nation labels → core's nation ids ("Cymru" → wales, "NI" → northern-ireland). Returns
 * `undefined` for unrecognised text and `null` for an empty value.
 */
import { NATIONS, fieldLabels, type Nation } from '@netweave/model';
import { normaliseText } from './text.js';

export const NATION_SYNONYMS: Readonly<Record<Nation, readonly string[]>> = {
  england: ['england', 'eng', 'lloegr', 'english'],
  scotland: ['scotland', 'scot', 'alba', 'yr alban', 'scottish'],
  wales: ['wales', 'cymru', 'welsh', 'wal'],
  'northern-ireland': ['northern ireland', 'ni', 'n ireland', 'n i', 'gogledd iwerddon', 'ulster'],
};

const table = new Map<string, Nation>();
for (const id of NATIONS) {
  table.set(id, id);
  for (const label of [id, fieldLabels.en.nation[id], fieldLabels.cy.nation[id], ...NATION_SYNONYMS[id]]) {
    table.set(normaliseText(label), id);
  }
}

export function normaliseNation(value: string | null | undefined): Nation | null | undefined {
  if (value === null || value === undefined) return null;
  const direct = table.get(value);
  if (direct) return direct;
  const key = normaliseText(value);
  if (!key) return null;
  return table.get(key);
}
