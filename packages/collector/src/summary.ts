/**
 * The public summary: challenge frequencies with disclosure control, from the SDK (the same
 * figures an evaluator gets from `netweave aggregate`). Raw responses never leave the collector.
 */
import type { AssessmentResponse, Catalogue, FrequencySummary } from '@netweave/model';
import { summarise } from '@netweave/sdk';

/** The disclosure presets a public summary may use (`none` is for evaluators' own exports only). */
export const PUBLIC_DISCLOSURE = ['nhs', 'survey'] as const;
export type PublicDisclosure = (typeof PUBLIC_DISCLOSURE)[number];

export interface PublicSummaryOptions {
  catalogue: Catalogue;
  threshold?: number | undefined;
  /** `none` only for admin routes (exact figures). */
  disclosure: PublicDisclosure | 'none';
}

export function publicSummary(
  responses: readonly AssessmentResponse[],
  options: PublicSummaryOptions,
): FrequencySummary {
  return summarise(responses, {
    catalogue: options.catalogue,
    disclosure: options.disclosure,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
}
