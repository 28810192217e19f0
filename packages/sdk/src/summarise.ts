/**
 * The one-call entry point: responses in, the chart's FrequencySummary out, with disclosure
 * control applied. For a collector's public summary:
 *
 * ```ts
 * import { summarise } from '@netweave/sdk';
 * const summary = summarise(responses, { catalogue, disclosure: 'nhs', by: 'sector' });
 * ```
 */
import {
  DEFAULT_CATALOGUE,
  type AssessmentResponse,
  type Catalogue,
  type FrequencySummary,
  type Locale,
} from '@netweave/model';
import { analyse, type Analysis } from './analyse.js';
import type { Codebook } from './aggregate/codebook.js';
import type { GroupDimension } from './aggregate/group-key.js';
import { accumulate } from './aggregate/grouped.js';
import { applyDisclosure } from './disclosure/apply.js';
import type { DisclosureRule } from './disclosure/rules.js';
import { toFrequencySummary } from './output/frequency-summary.js';

export interface SummariseOptions {
  catalogue?: Catalogue;
  /** Rating at or above which a challenge counts as identified (default: the catalogue's, else 3). */
  threshold?: number;
  /** Disclosure control preset (default `nhs`, safe to publish). */
  disclosure?: DisclosureRule;
  /** Group by one dimension, or several for a cross-tabulation. */
  by?: GroupDimension | readonly GroupDimension[];
  /** Compute Cronbach's alpha and item-total correlations (full analysis only). */
  reliability?: boolean;
  codebook?: Codebook;
  locale?: Locale;
}

/** Everything: all the figures, with disclosure control applied. */
export function analyseResponses(
  responses: Iterable<AssessmentResponse>,
  options: SummariseOptions = {},
): Analysis {
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const by = options.by === undefined ? [] : typeof options.by === 'string' ? [options.by] : [...options.by];
  const grouped = accumulate(responses, catalogue, by as GroupDimension[], {
    reliability: options.reliability,
  });
  const analysis = analyse(grouped, {
    catalogue,
    threshold: options.threshold,
    codebook: options.codebook,
    locale: options.locale,
  });
  return applyDisclosure(analysis, options.disclosure ?? 'nhs', options.locale);
}

export function summarise(
  responses: Iterable<AssessmentResponse>,
  options: SummariseOptions = {},
): FrequencySummary {
  return toFrequencySummary(analyseResponses(responses, options));
}
