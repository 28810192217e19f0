/**
 * The release rule for the public summary. A live summary re-published after every response can
 * be attacked by anyone who can also submit responses (add your own one at a time, difference
 * the figures), so public figures change only in releases:
 *
 * - batched: a live release needs at least `every` new responses AND `intervalMs` since the last;
 * - capped: at most `cap` live releases per session, then the figures stay as they are until the
 *   session closes, when one final release is made;
 * - perturbed consistently (the cell-key method of ONS and the ABS): each response has a secret
 *   record key, a figure's noise is a deterministic function of the keys of the responses behind
 *   it, plus a fixed secret offset per figure; then NHS rounding/suppression (or the survey rule);
 * - signalled only per release (the public `responses` event and `responsesVersion` count releases).
 *
 * Admin routes keep exact figures. A release's figures come from the session's aggregate
 * (summary.ts): each instance keeps one per session and merges only the responses stored since,
 * never re-reading the ones it has counted.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { wilson, type AssessmentResponse, type Catalogue, type FrequencySummary } from '@netweave/model';
import { nhsRound, summarise } from '@netweave/sdk';
import type { Database, ReleaseState } from './db/types.js';
import {
  aggregateResponses,
  aggregateSummary,
  mergeAggregates,
  type PublicDisclosure,
  type SessionAggregate,
} from './summary.js';

export interface ReleaseRule {
  /** New responses needed before a live release (default 10). */
  every: number;
  /** Milliseconds between live releases (default 60 000). */
  intervalMs: number;
  /** Live releases per session before the figures freeze until it closes (default 10). */
  cap: number;
}

export const RELEASE_DEFAULTS = { every: 10, intervalSeconds: 60, cap: 10 } as const;

/** Largest noise added to a figure before rounding: fresh −2…+2 plus a fixed −1…+1. */
export const MAX_NOISE = 3;

export const NO_RELEASE: ReleaseState = { seq: 0, live: 0, upto: 0, releasedAt: 0, final: false };

/** What the public summary carries about its release (never the exact number of responses). */
export interface ReleaseInfo {
  /** 0 before the first release. */
  number: number;
  final: boolean;
  /** When it was released (ISO 8601), null before the first. */
  releasedAt: string | null;
  /** True once the live cap is reached: figures stay as they are until the session closes. */
  frozen: boolean;
  /** A live release needs at least this many new responses… */
  every: number;
  /** …and this many seconds since the last one. */
  intervalSeconds: number;
}

export type PublicSummary = FrequencySummary & { release: ReleaseInfo };

/**
 * Whether a release is due. Closed: a final release when the last one is not final or has not got
 * every response. Open: when the cap allows, `every` new responses arrived and the interval passed
 * (`at` says when to look again if only the interval is missing).
 */
export function releaseDue(
  state: ReleaseState,
  facts: { open: boolean; latest: number; pending: number },
  now: number,
  rule: ReleaseRule,
): { due: true; final: boolean } | { due: false; at?: number } {
  if (!facts.open) {
    return !state.final || state.upto < facts.latest ? { due: true, final: true } : { due: false };
  }
  if (state.live >= rule.cap || facts.pending < rule.every) return { due: false };
  const at = state.seq === 0 ? 0 : state.releasedAt + rule.intervalMs;
  return now >= at ? { due: true, final: false } : { due: false, at };
}

const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest();

/** The record key of a response: a secret 32-bit number (no one without the key can compute it). */
const recordKey = (key: string, id: string) => mac(key, `record:${id}`).readUInt32BE(0);

/** Fresh noise for a set of responses, from its cell key: −2…+2 with weights 1, 3, 8, 3, 1. */
const FRESH = [-2, -1, -1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2] as const;
const freshNoise = (key: string, cellKey: number) =>
  FRESH[mac(key, `cell:${cellKey}`).readUInt32BE(0) % FRESH.length]!;

/** A fixed offset per figure for the whole session (−1, 0 or +1): differences of releases keep it. */
const fixedNoise = (key: string, figure: string) => (mac(key, `figure:${figure}`).readUInt32BE(0) % 3) - 1;

/**
 * A figure's published value before rounding: zero stays zero, anything else at least 1. `count`
 * responses are behind it and `cellKey` is the sum of their record keys modulo 2³².
 */
function perturb(key: string, figure: string, count: number, cellKey: number): number {
  if (!count) return 0;
  return Math.max(1, count + freshNoise(key, cellKey) + fixedNoise(key, figure));
}

/** The record key of each response, for aggregating them (summary.ts). */
export const recordKeys = (key: string) => (id: string) => recordKey(key, id);

interface ReleaseOptions {
  key: string;
  catalogue: Catalogue;
  threshold?: number | undefined;
  disclosure: PublicDisclosure;
  release: ReleaseInfo;
}

/** The summary of `responses` as released: perturbed, then the disclosure rule applied. */
export function releasedSummary(
  responses: readonly AssessmentResponse[],
  options: ReleaseOptions,
): PublicSummary {
  const aggregate = aggregateResponses(responses, {
    catalogue: options.catalogue,
    upto: 0,
    recordKey: recordKeys(options.key),
  });
  return releasedFrom(aggregate, options);
}

/** The same from the session's aggregate (what the collector does: no response is read again). */
export function releasedFrom(aggregate: SessionAggregate, options: ReleaseOptions): PublicSummary {
  const { key, disclosure } = options;
  const exact = aggregateSummary(aggregate, {
    catalogue: options.catalogue,
    disclosure: 'none',
    threshold: options.threshold,
  });
  const shown = summarise([], {
    catalogue: options.catalogue,
    disclosure,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
  const t = exact.threshold;
  const acc = aggregate.grouped.total;
  const scale = acc.scale;
  const s = scale.length;
  const sums = aggregate.keySums;
  const publish = (n: number, base: boolean): number | null => {
    if (disclosure === 'nhs') return nhsRound(n);
    return base && n > 0 && n < 10 ? null : n;
  };
  const respondents = perturb(key, 'respondents', acc.respondents, sums.respondents);
  const challenges = exact.challenges.map((c) => {
    // Responses that rated the challenge, and those that rated it at or above the threshold.
    const i = acc.challenges.indexOf(c.id);
    const rated = { count: 0, cellKey: 0 };
    const identified = { count: 0, cellKey: 0 };
    for (let j = 0; j < s; j += 1) {
      const n = acc.counts[i * s + j]!;
      if (!n) continue;
      const k = sums.cells[i * s + j]!;
      rated.count += n;
      rated.cellKey = (rated.cellKey + k) % 4_294_967_296;
      if (scale[j]! >= t) {
        identified.count += n;
        identified.cellKey = (identified.cellKey + k) % 4_294_967_296;
      }
    }
    const pb = perturb(key, `base:${c.id}`, rated.count, rated.cellKey);
    const pi = Math.min(pb, perturb(key, `identified:${t}:${c.id}`, identified.count, identified.cellKey));
    let base = publish(pb, true);
    let ident = base === null ? null : publish(pi, false);
    if (ident === null) base = null;
    if (base !== null && ident !== null && ident > base) ident = base;
    const proportion = base && ident !== null ? ident / base : null;
    return {
      ...c,
      identified: ident,
      base,
      proportion,
      interval: base && ident !== null ? wilson(ident, base) : null,
      suppressed: base === null || ident === null,
    };
  });
  return {
    ...exact,
    respondents: disclosure === 'nhs' ? nhsRound(respondents) : respondents,
    challenges,
    disclosure: {
      ...shown.disclosure,
      description: `${shown.disclosure.description} Live figures are released in batches (at least ${options.release.every} new responses and ${options.release.intervalSeconds} seconds apart, at most a fixed number of times, then once more when the session closes) and carry a small random offset (at most ${MAX_NOISE}) before rounding, so they may differ slightly from the exact figures.`,
    },
    generatedAt: options.release.releasedAt ?? new Date(0).toISOString(),
    release: options.release,
  };
}

/** Decides and makes releases, and answers the public summary from the latest one. */
export class SummaryReleases {
  readonly #db: Database;
  readonly #rule: ReleaseRule;
  readonly #secret: string | undefined;
  readonly #now: () => number;
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #running = new Map<string, Promise<void>>();
  readonly #waiting = new Map<string, Promise<void>>();
  readonly #cache = new Map<string, PublicSummary>();
  /** Per session, its aggregate as of the latest release this instance has summarised. */
  readonly #aggregates = new Map<string, Promise<SessionAggregate | undefined>>();
  readonly #options: { catalogue: Catalogue; disclosure: PublicDisclosure };

  constructor(
    db: Database,
    options: {
      rule: ReleaseRule;
      secret: string | undefined;
      catalogue: Catalogue;
      disclosure: PublicDisclosure;
      now?: () => number;
    },
  ) {
    this.#db = db;
    this.#rule = options.rule;
    this.#secret = options.secret;
    this.#now = options.now ?? Date.now;
    this.#options = { catalogue: options.catalogue, disclosure: options.disclosure };
  }

  /** The session's perturbation key: from --disclosure-secret, else a random one kept in the database. */
  async #key(sessionId: string): Promise<string> {
    if (this.#secret) return mac(this.#secret, `session:${sessionId}`).toString('hex');
    return this.#db.disclosureKey(sessionId, randomBytes(32).toString('hex'));
  }

  /** Makes a release if one is due (one check at a time per session; checks asked meanwhile share one). */
  check(sessionId: string): Promise<void> {
    const waiting = this.#waiting.get(sessionId);
    if (waiting) return waiting;
    const previous = this.#running.get(sessionId) ?? Promise.resolve();
    const next = previous
      .then(() => {
        this.#waiting.delete(sessionId);
        return this.#check(sessionId);
      })
      .catch(() => undefined);
    this.#waiting.set(sessionId, next);
    this.#running.set(sessionId, next);
    void next.then(() => {
      if (this.#running.get(sessionId) === next) this.#running.delete(sessionId);
    });
    return next;
  }

  async #check(sessionId: string): Promise<void> {
    const session = await this.#db.getSession(sessionId);
    if (!session) return;
    const state = (await this.#db.getRelease(sessionId)) ?? NO_RELEASE;
    if (session.open && state.live >= this.#rule.cap) return; // frozen until the session closes
    const { count, latest } = await this.#db.responsesAfter(sessionId, state.upto);
    const now = this.#now();
    const due = releaseDue(state, { open: session.open, latest, pending: count }, now, this.#rule);
    if (!due.due) {
      if (due.at !== undefined && !this.#timers.has(sessionId)) {
        const timer = setTimeout(
          () => {
            this.#timers.delete(sessionId);
            void this.check(sessionId);
          },
          Math.max(0, due.at - now),
        );
        timer.unref();
        this.#timers.set(sessionId, timer);
      }
      return;
    }
    const next: ReleaseState = {
      seq: state.seq + 1,
      live: due.final ? state.live : state.live + 1,
      upto: latest,
      releasedAt: now,
      final: due.final,
    };
    if (await this.#db.saveRelease(sessionId, state.seq, next)) await this.#db.announceRelease(sessionId);
  }

  /** The public summary: the latest release (made now if one is due). */
  async summary(sessionId: string, threshold: number | undefined): Promise<PublicSummary> {
    await this.check(sessionId);
    const state = (await this.#db.getRelease(sessionId)) ?? NO_RELEASE;
    const cacheKey = `${sessionId}|${state.seq}|${state.upto}|${threshold ?? ''}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const key = await this.#key(sessionId);
    const aggregate = await this.#aggregate(sessionId, key, state.upto);
    const summary = releasedFrom(aggregate, {
      ...this.#options,
      key,
      threshold,
      release: {
        number: state.seq,
        final: state.final,
        releasedAt: state.seq ? new Date(state.releasedAt).toISOString() : null,
        frozen: !state.final && state.live >= this.#rule.cap,
        every: this.#rule.every,
        intervalSeconds: Math.round(this.#rule.intervalMs / 1000),
      },
    });
    if (this.#cache.size > 1000) this.#cache.clear();
    this.#cache.set(cacheKey, summary);
    return summary;
  }

  /**
   * The session's aggregate up to response `upto`: the one kept for it, with the responses stored
   * since merged in (one at a time per session, so no response is counted twice).
   */
  #aggregate(sessionId: string, key: string, upto: number): Promise<SessionAggregate> {
    const previous = this.#aggregates.get(sessionId) ?? Promise.resolve(undefined);
    const next = previous.catch(() => undefined).then((kept) => this.#advance(sessionId, key, kept, upto));
    if (!this.#aggregates.has(sessionId) && this.#aggregates.size >= 1000)
      this.#aggregates.delete(this.#aggregates.keys().next().value!); // the longest unused
    this.#aggregates.delete(sessionId);
    this.#aggregates.set(sessionId, next);
    return next;
  }

  async #advance(
    sessionId: string,
    key: string,
    kept: SessionAggregate | undefined,
    upto: number,
  ): Promise<SessionAggregate> {
    if (kept && kept.upto === upto) return kept;
    let from = kept && kept.upto < upto ? kept : undefined;
    if (from) {
      // Still the responses it counted? (A session deleted and created again under its id is not.)
      const [all, after] = await Promise.all([
        this.#db.responsesAfter(sessionId, 0),
        this.#db.responsesAfter(sessionId, from.upto),
      ]);
      if (all.count - after.count !== from.grouped.total.respondents) from = undefined;
    }
    const options = { catalogue: this.#options.catalogue, recordKey: recordKeys(key) };
    const fresh = upto ? await this.#db.listResponses(sessionId, upto, from?.upto ?? 0) : [];
    const added = aggregateResponses(fresh, { ...options, upto });
    return from ? mergeAggregates(from, added) : added;
  }

  close(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }
}
