/**
 * What happened to a post, in plain words (the store's outbox wording, English and Welsh), and
 * the set-up warnings. Loaded on demand: only a post that was refused or cannot be sent, or a
 * wall set up without a collector, needs it.
 */
import {
  Localizer,
  outboxCy,
  outboxEn,
  problemKey,
  type Locale,
  type StringOverrides,
  type SubmissionProblem,
} from '@netweave/core';

export function problemText(problem: SubmissionProblem, locale: Locale, overrides: StringOverrides): string {
  const t = new Localizer({ en: outboxEn, cy: outboxCy }, locale, overrides);
  return t.t(problemKey(problem.code), { code: problem.code });
}

/** Says in the console, for whoever set up the page, why posts stay on this device. */
export function warnNoEndpoint(): void {
  console.warn(
    'netweave: <netweave-commitments-wall> has no endpoint, so posts stay on this device (a single-device demo). Set endpoint="https://your-collector" on the wall or on <netweave-provider> to share them.',
  );
}
