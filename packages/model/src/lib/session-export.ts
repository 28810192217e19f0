/**
 * One session's data in one JSON file, as the collector exports it for its facilitator
 * (`GET /v1/admin/sessions/:sid/export.json`) and as `netweave writeup` reads it: the session
 * (with its TRIZ groups), its responses, its commitments, its TRIZ notes and the commitments'
 * visible follow-ups; responses, commitments and notes with every status
 * included (the export is the facilitator's own; a write-up shows only what was visible).
 */
import type { TrizNote } from './triz.js';
import type { FollowUp } from './follow-up.js';
import type { AssessmentResponse, Commitment, Session } from '../model/types.js';

export const SESSION_EXPORT_KIND = 'netweave.session-export';

export interface SessionExport {
  readonly kind: typeof SESSION_EXPORT_KIND;
  readonly version: 1;
  /** When it was made (ISO 8601). */
  readonly exportedAt: string;
  readonly session: Session;
  readonly responses: readonly AssessmentResponse[];
  readonly commitments: readonly Commitment[];
  readonly notes: readonly TrizNote[];
  /**
   * Follow-ups to the commitments ("did you do it?"), visible ones only (a note held or hidden
   * is never exported). Missing in exports made before follow-ups existed.
   */
  readonly followUps?: readonly FollowUp[];
}

/** Whether `value` looks like a session export (its kind and version; the parts are checked by the reader). */
export function isSessionExport(value: unknown): value is SessionExport {
  const v = value as Partial<SessionExport> | null;
  return typeof v === 'object' && v !== null && v.kind === SESSION_EXPORT_KIND && v.version === 1;
}
