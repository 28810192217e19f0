import { problemKey, type Localizer, type SubmissionProblem, type SubmissionState } from '@netweave/core';
import type { Strings } from '../strings.js';

/** What a person is told about their consented response, state by state. */
export function submitMessage(
  submit: { state: SubmissionState; problem?: SubmissionProblem | undefined },
  t: Localizer<Strings>,
): string {
  const reason = (p: SubmissionProblem | undefined) =>
    t.t(problemKey(p?.code ?? 'error'), { code: p?.code ?? '' });
  switch (submit.state) {
    case 'sending':
      return t.t('sending');
    case 'sent':
    case 'pending-review':
      return t.t('sent');
    case 'queued':
      // Waiting for a passing reason is the usual case; anything else (a set-up mistake the
      // partner must fix, a busy collector) is said as well.
      return submit.problem && submit.problem.code !== 'offline'
        ? `${t.t('queued')} ${reason(submit.problem)}`
        : t.t('queued');
    default:
      return t.t('refused', { reason: reason(submit.problem) });
  }
}
