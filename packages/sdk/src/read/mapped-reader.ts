/**
 * Reads another tool's export through a Mapping: each row is turned into a canonical row (answer
 * texts into ratings, dates into ISO 8601) and then validated like any netweave CSV, with
 * messages naming the export's own column headers.
 */
import { DEFAULT_CATALOGUE, responseColumns, type Catalogue } from '@netweave/model';
import { CANONICAL_FIELDS, ratingLookup, type Mapping, type MappingTarget } from '../mapping/mapping.js';
import { parseDate } from '../mapping/parse-date.js';
import { normaliseText } from '../normalise/text.js';
import type { IssueLog } from './issue-log.js';
import type { ResponseReader, RowSink } from './response-reader.js';

interface ColumnPlan {
  target: number;
  convert?: (text: string) => string;
}

function resolveTarget(mapping: Mapping, name: string): MappingTarget | undefined {
  if (Object.prototype.hasOwnProperty.call(mapping.columns, name)) return mapping.columns[name];
  const key = normaliseText(name);
  for (const [header, target] of Object.entries(mapping.columns))
    if (normaliseText(header) === key) return target;
  return undefined;
}

export function createMappedReader(
  inner: ResponseReader,
  mapping: Mapping,
  options: { catalogue?: Catalogue; log: IssueLog; file?: string },
): RowSink {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const canonical = responseColumns(catalogue);
  const position = new Map(canonical.map((c, i) => [c, i]));
  const challengeIds = new Set(catalogue.challenges.map((c) => c.id));
  const plans: (ColumnPlan | undefined)[] = [];
  const labels = [...canonical];
  const present = new Set<number>();
  let idPos = -1;
  let width = 0;
  const idPrefix = (mapping.idPrefix ?? normaliseText(options.file ?? 'row').replace(/ /g, '-')) || 'row';

  return {
    get stopped() {
      return inner.stopped;
    },
    header(cells) {
      width = cells.length;
      cells.forEach((name, col) => {
        const target = resolveTarget(mapping, name);
        if (target === null) return;
        if (target === undefined) {
          options.log.add(1, name, 'unknown-column', 'warning', { version: catalogue.version });
          return;
        }
        const field = typeof target === 'string' ? target : target.field;
        const values = typeof target === 'string' ? undefined : target.values;
        const pos = position.get(field);
        if (pos === undefined || (!CANONICAL_FIELDS.includes(field) && !challengeIds.has(field))) {
          options.log.add(1, name, 'unknown-column', 'warning', { version: catalogue.version });
          return;
        }
        if (present.has(pos)) {
          options.log.add(1, name, 'duplicate-column', 'warning');
          return;
        }
        present.add(pos);
        labels[pos] = name;
        const plan: ColumnPlan = { target: pos };
        if (challengeIds.has(field) || field === 'other_rating') {
          const lookup = ratingLookup(catalogue, { ...mapping.values, ...values });
          plan.convert = (text) => {
            const v = lookup(text);
            return v === undefined ? text : v === null ? '' : String(v);
          };
        } else if (field === 'response_id' && mapping.idPrefix) {
          plan.convert = (text) => (text.trim() ? `${mapping.idPrefix}-${text.trim()}` : '');
        } else if (field === 'submitted_at') {
          plan.convert = (text) => parseDate(text, mapping.dateFormat ?? 'iso') ?? text;
        } else if (values) {
          const table = new Map(
            Object.entries(values).map(([k, v]) => [normaliseText(k), v === null ? '' : String(v)]),
          );
          plan.convert = (text) => table.get(normaliseText(text)) ?? text;
        }
        plans[col] = plan;
      });
      idPos = position.get('response_id')!;
      const header = canonical.map((name, i) => {
        if (present.has(i)) return name;
        if (name === 'response_id' || (name === 'session_id' && mapping.sessionId)) return name;
        if (name === 'catalogue_version') return name;
        return `~${name}`; // absent: a name the inner reader ignores quietly
      });
      return inner.header(header, labels);
    },
    row(cells, row) {
      if (cells.length === 1 && cells[0] === '') return;
      if (cells.length !== width) {
        inner.reject(row, '', 'field-count', { count: cells.length, expected: width });
        return;
      }
      const out = new Array<string>(canonical.length).fill('');
      if (!present.has(idPos)) out[idPos] = `${idPrefix}-${row}`;
      if (mapping.sessionId && !present.has(position.get('session_id')!))
        out[position.get('session_id')!] = mapping.sessionId;
      if (!present.has(position.get('catalogue_version')!))
        out[position.get('catalogue_version')!] = mapping.catalogueVersion ?? catalogue.version;
      for (let col = 0; col < cells.length; col++) {
        const plan = plans[col];
        if (!plan) continue;
        const text = cells[col]!;
        out[plan.target] = plan.convert ? plan.convert(text) : text.trim();
      }
      inner.row(out, row);
    },
  };
}
