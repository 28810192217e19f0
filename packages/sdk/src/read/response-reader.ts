/**
 * Validates canonical response rows (already split into cells) one at a time: every problem is
 * reported with file, row, column and reason; good rows are kept; rows with an error are left
 * out; strict mode stops at the first error. The hot path allocates nothing per row (a reused
 * RowView) so that a million rows cost little more than parsing them.
 */
import {
  DEFAULT_CATALOGUE,
  ID_PATTERN as ID,
  LIMITS,
  NATIONS,
  SECTORS,
  type AssessmentResponse,
  type Catalogue,
  type Nation,
  type Sector,
} from '@netweave/model';
import { normaliseNation } from '../normalise/nation.js';
import { normaliseSector } from '../normalise/sector.js';
import { nfc } from '../normalise/nfc.js';
import type { Provenance, ReadOptions } from '../types.js';
import { idHashes, plainUtcTimestamp, scanId } from './fast-checks.js';
import { readTimestamp } from './timestamp.js';
import { flatString } from './flat-string.js';
import { createIdSet, hashMix, hashString, type IdSet } from './id-set.js';
import type { IssueLog } from './issue-log.js';
import { createRowView, toResponse, type RowView } from './row-view.js';
import { issueLocation } from '../issue.js';

/** Small numbers for sector and nation ids (for the row's content hash). */
const SECTOR_CODES = new Map<string, number>(SECTORS.map((s, i) => [s, i + 1]));
const NATION_CODES = new Map<string, number>(NATIONS.map((s, i) => [s, i + 1]));

export const REQUIRED_RESPONSE_COLUMNS = ['response_id', 'session_id', 'submitted_at'] as const;
const INTEGER = /^\d+$/;

export interface RowSink {
  /**
   * Reads the header; false when the file cannot be read (a required column is missing).
   * `labels` are the column names to use in messages (a mapped file's own headers).
   */
  header(cells: string[], labels?: string[]): boolean;
  row(cells: string[], row: number): void;
  readonly stopped: boolean;
}

export interface ResponseReaderOptions extends ReadOptions {
  log: IssueLog;
  /** Called with each good row (a reused view: copy what you keep). */
  onRow?: (view: RowView) => void;
  /** Keep AssessmentResponse objects and provenance (default true unless onResponse or onRow is given). */
  collect?: boolean;
}

export interface ResponseReader extends RowSink {
  /** Counts a row as read and left out with an error (for wrappers that find the problem). */
  reject(row: number, column: string, code: string, params?: Record<string, string | number>): void;
  readonly responses: AssessmentResponse[];
  readonly provenance: Provenance[];
}

export function createResponseReader(options: ResponseReaderOptions): ResponseReader {
  const catalogue: Catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const file = options.file ?? 'input';
  const log = options.log;
  const stats = log.stats;
  const ids: IdSet = options.ids ?? createIdSet();
  const fileIndex = ids.files.push(file) - 1;
  const collect = options.collect ?? !(options.onResponse || options.onRow);
  const responses: AssessmentResponse[] = [];
  const provenance: Provenance[] = [];
  const view = createRowView(catalogue);
  const k = catalogue.challenges.length;
  const scaleValues = catalogue.scale.map((p) => p.value);
  const valuesText = scaleValues.join(', ');
  // rating text → scale index: single digits by table, others through the map
  const digitIndex = new Int16Array(10).fill(-1);
  scaleValues.forEach((v, i) => {
    if (v >= 0 && v <= 9) digitIndex[v] = i;
  });
  const valueIndex = new Map(scaleValues.map((v, i) => [v, i]));
  const sectorCache = new Map<string, Sector | null | undefined>();
  const nationCache = new Map<string, Nation | null | undefined>();
  // the last raw cell seen in a column and what it gave (values often repeat row after row)
  let lastVersionCell = '';
  let lastVersion = catalogue.version;
  const sessionHashes = new Map<string, { hash: number; id: string }>();
  const versions = new Map<string, string>();

  let header: string[] = [];
  let ncols = 0;
  let iId = -1,
    iSession = -1,
    iSubmitted = -1,
    iVersion = -1,
    iSector = -1,
    iNation = -1,
    iRegion = -1,
    iOther = -1,
    iOtherRating = -1;
  const challengeCols = new Int32Array(k).fill(-1);
  let stopped = false;
  let rowErrors = 0;

  function error(
    row: number,
    column: string,
    code: string,
    params: Record<string, string | number> = {},
  ): void {
    log.add(row, column, code, 'error', params);
    rowErrors += 1;
    if (options.strict) stopped = true;
  }

  function rating(cell: string, row: number, column: string): number {
    if (cell.length === 0) return -1;
    if (cell.length === 1) {
      const d = cell.charCodeAt(0) - 48;
      if (d >= 0 && d <= 9 && digitIndex[d]! >= 0) return digitIndex[d]!;
    }
    const t = cell.trim();
    if (t === '') return -1;
    if (INTEGER.test(t)) {
      const idx = valueIndex.get(Number(t));
      if (idx !== undefined) return idx;
    }
    error(row, column, 'not-on-scale', { values: valuesText, value: cell.slice(0, 40) });
    return -1;
  }

  function normalised<T>(
    cache: Map<string, T | null | undefined>,
    fn: (v: string) => T | null | undefined,
    cell: string,
    row: number,
    column: string,
    field: string,
  ): T | null {
    let value = cache.get(cell);
    if (value === undefined && !cache.has(cell)) {
      value = fn(cell);
      if (cache.size < 10_000) cache.set(flatString(cell), value);
    }
    if (value === undefined) {
      log.add(row, column, 'unknown-value', 'warning', { field, value: cell.slice(0, 60) });
      return null;
    }
    return value;
  }

  return {
    responses,
    provenance,
    get stopped() {
      return stopped;
    },
    header(cells, labels = cells) {
      header = labels;
      ncols = cells.length;
      const seen = new Set<string>();
      const challengeIndex = new Map(catalogue.challenges.map((c, i) => [c.id, i]));
      cells.forEach((raw, col) => {
        const name = raw.trim();
        if (seen.has(name)) {
          log.add(1, header[col] ?? name, 'duplicate-column', 'warning');
          return;
        }
        seen.add(name);
        switch (name) {
          case 'response_id':
            iId = col;
            break;
          case 'session_id':
            iSession = col;
            break;
          case 'submitted_at':
            iSubmitted = col;
            break;
          case 'catalogue_version':
            iVersion = col;
            break;
          case 'sector':
            iSector = col;
            break;
          case 'nation':
            iNation = col;
            break;
          case 'region':
            iRegion = col;
            break;
          case 'other_challenge':
            iOther = col;
            break;
          case 'other_rating':
            iOtherRating = col;
            break;
          default: {
            if (name.startsWith('~')) break; // a mapped file's absent column
            const ci = challengeIndex.get(name);
            if (ci !== undefined) challengeCols[ci] = col;
            else log.add(1, header[col] ?? name, 'unknown-column', 'warning', { version: catalogue.version });
          }
        }
      });
      let ok = true;
      for (const [i, name] of [
        [iId, 'response_id'],
        [iSession, 'session_id'],
        [iSubmitted, 'submitted_at'],
      ] as const) {
        if (i < 0) {
          log.add(1, name, 'missing-column', 'error', { column: name });
          ok = false;
        }
      }
      if (!ok) stopped = true;
      return ok;
    },
    reject(row, column, code, params = {}) {
      if (stopped) return;
      stats.rows += 1;
      stats.rejected += 1;
      error(row, column, code, params);
    },
    row(cells, row) {
      if (stopped) return;
      if (cells.length === 1 && cells[0] === '') return;
      stats.rows += 1;
      rowErrors = 0;
      if (cells.length !== ncols) {
        error(row, '', 'field-count', { count: cells.length, expected: ncols });
        stats.rejected += 1;
        return;
      }
      let id = cells[iId]!;
      if (!scanId(id, LIMITS.idLength)) {
        id = id.trim();
        scanId(id, LIMITS.idLength);
        if (id === '') error(row, header[iId]!, 'missing');
        else if (id.length > LIMITS.idLength)
          error(row, header[iId]!, 'max-length', { count: LIMITS.idLength });
        else if (!ID.test(id)) error(row, header[iId]!, 'id-format');
      }
      let session = cells[iSession]!;
      // sessions repeat: their validity and hash are cached (bounded)
      // sessions repeat: their validity, hash and one shared string are cached (bounded)
      let h: number;
      const known = sessionHashes.get(session);
      if (known !== undefined) {
        h = known.hash;
        session = known.id;
      } else {
        const raw = session;
        if (!ID.test(session) || session.length > LIMITS.idLength) {
          session = session.trim();
          if (session === '') error(row, header[iSession]!, 'missing');
          else if (!ID.test(session) || session.length > LIMITS.idLength)
            error(row, header[iSession]!, 'id-format');
        }
        h = rowErrors ? 0 : hashString(session);
        if (!rowErrors && raw === session && sessionHashes.size < 10_000) {
          session = flatString(session);
          sessionHashes.set(session, { hash: h, id: session });
        }
      }
      let submitted = cells[iSubmitted]!;
      let submittedMs = plainUtcTimestamp(submitted);
      if (submittedMs !== submittedMs) {
        // any other form core's rule allows (offsets, fractions, a space for T), or the row is out
        const fixed = readTimestamp(submitted);
        if (fixed === undefined) {
          if (submitted.trim() === '') error(row, header[iSubmitted]!, 'missing');
          else error(row, header[iSubmitted]!, 'date', { value: submitted.slice(0, 40) });
        } else {
          submitted = fixed.text;
          submittedMs = fixed.ms;
        }
      }
      const ratings = view.ratings;
      h = hashMix(h, (submittedMs / 1000) | 0);
      for (let i = 0; i < k; i++) {
        const col = challengeCols[i]!;
        let r = -1;
        if (col >= 0) {
          const cell = cells[col]!;
          if (cell.length === 1) {
            const d = cell.charCodeAt(0) - 48;
            r = d >= 0 && d <= 9 ? digitIndex[d]! : -1;
            if (r < 0) r = rating(cell, row, header[col]!);
          } else if (cell.length > 0) r = rating(cell, row, header[col]!);
        }
        ratings[i] = r;
        h = Math.imul(h ^ (r + 2), 0x01000193);
      }
      h &= 0x3fffffff;
      const otherRating = iOtherRating < 0 ? -1 : rating(cells[iOtherRating]!, row, header[iOtherRating]!);
      if (rowErrors > 0) {
        stats.rejected += 1;
        return;
      }
      const sectorCell = iSector < 0 ? '' : cells[iSector]!;
      const nationCell = iNation < 0 ? '' : cells[iNation]!;
      const sector =
        sectorCell === ''
          ? null
          : normalised(sectorCache, normaliseSector, sectorCell, row, header[iSector]!, 'sector');
      const nation =
        nationCell === ''
          ? null
          : normalised(nationCache, normaliseNation, nationCell, row, header[iNation]!, 'nation');
      let region: string | null = iRegion < 0 ? null : cells[iRegion]!;
      if (region !== null) {
        const last = region.length - 1;
        if (
          last >= 0 &&
          (region.length > LIMITS.regionLength || region.charCodeAt(0) <= 32 || region.charCodeAt(last) <= 32)
        )
          region = region.trim();
        if (region.length > LIMITS.regionLength) {
          log.add(row, header[iRegion]!, 'max-length', 'warning', { count: LIMITS.regionLength });
          region = region.slice(0, LIMITS.regionLength);
        }
        if (region === '') region = null;
        else region = nfc(region);
      }
      let otherText = iOther < 0 ? '' : nfc(cells[iOther]!);
      if (otherText.length > LIMITS.otherChallengeText) {
        log.add(row, header[iOther]!, 'max-length', 'warning', { count: LIMITS.otherChallengeText });
        otherText = otherText.slice(0, LIMITS.otherChallengeText);
      }
      h = hashMix(h, otherRating + 2);
      h = hashMix(h, sector === null ? 0 : SECTOR_CODES.get(sector)!);
      h = hashMix(h, nation === null ? 0 : NATION_CODES.get(nation)!);
      if (region) h = hashString(region, h);
      if (otherText) h = hashString(otherText, h);
      const seen = ids.checkHashed(idHashes[0]!, idHashes[1]!, h, fileIndex, row);
      if (seen) {
        const first = issueLocation(ids.files[seen.file] ?? '?', seen.row, '', options.locale);
        if (seen.same) {
          log.add(row, header[iId]!, 'duplicate-identical', 'info', { id, first });
          stats.duplicates += 1;
        } else {
          error(row, header[iId]!, 'duplicate-conflict', { id, first });
          stats.rejected += 1;
        }
        return;
      }
      view.id = id;
      view.sessionId = session;
      view.submittedAt = submitted;
      const versionCell = iVersion < 0 ? '' : cells[iVersion]!;
      if (versionCell !== lastVersionCell) {
        let v = versionCell === '' ? catalogue.version : versions.get(versionCell);
        if (v === undefined) {
          v = flatString(versionCell);
          if (versions.size < 1000) versions.set(v, v);
        }
        lastVersionCell = versionCell === '' ? '' : v;
        lastVersion = v;
      }
      view.catalogueVersion = lastVersion;
      view.submittedMs = submittedMs;
      view.sector = sector;
      view.nation = nation;
      view.region = region;
      view.otherText = otherText === '' ? '' : otherText.trim();
      view.otherRating = otherRating;
      view.row = row;
      stats.accepted += 1;
      options.onRow?.(view);
      if (collect || options.onResponse) {
        const response = toResponse(view, catalogue);
        const prov: Provenance = {
          file,
          row,
          sessionId: response.sessionId,
          catalogueVersion: response.catalogueVersion,
        };
        options.onResponse?.(response, prov);
        if (collect) {
          responses.push(response);
          provenance.push(prov);
        }
      }
    },
  };
}
