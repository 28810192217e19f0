/**
 * The public summary: challenge frequencies with disclosure control. The one place that decides
 * how the collector summarises, so it can move to the SDK's disclosure presets in one edit.
 */
import { summariseResponses, type AssessmentResponse, type Catalogue, type FrequencySummary } from '@netweave/core';

export interface PublicSummaryOptions {
  catalogue: Catalogue;
  threshold?: number | undefined;
  minBase: number;
}

export function publicSummary(responses: readonly AssessmentResponse[], options: PublicSummaryOptions): FrequencySummary {
  return summariseResponses(responses, options.catalogue, {
    minBase: options.minBase,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
}
