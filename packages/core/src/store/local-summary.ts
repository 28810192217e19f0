/**
 * A LocalStore's summary of the responses kept on this device, loaded on demand with the
 * statistics (pages that never chart carry neither).
 */
import type { AssessmentResponse, Catalogue, FrequencySummary, SummaryOptions } from '@netweave/model';
import { summariseResponses } from '@netweave/model/stats';

/** Summarises `responses` with the caller's catalogue, else the store's, else one made from them. */
export function summarise(
  responses: AssessmentResponse[],
  options: SummaryOptions,
  catalogue: Catalogue | undefined,
  minBase: number,
): FrequencySummary {
  return summariseResponses(responses, options.catalogue ?? catalogue ?? catalogueFromResponses(responses), {
    minBase,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
  });
}

/** Without a catalogue, summarise the challenges the responses rate (labelled by id). */
function catalogueFromResponses(responses: AssessmentResponse[]): Catalogue {
  const ids = new Set<string>();
  for (const r of responses) for (const id of Object.keys(r.ratings)) ids.add(id);
  return {
    id: 'derived',
    version: responses[0]?.catalogueVersion ?? 'unknown',
    challenges: [...ids].map((id) => ({ id, label: id, description: '', resources: [] })),
    scale: [],
    threshold: 3,
  };
}
