/**
 * A session's write-up, as a facilitator shares it after the session: who took part, the
 * challenges they rated, what emerged from the TRIZ boards group by group, and what people said
 * they will do; in Markdown, HTML or Word, in English or Welsh.
 *
 * ```ts
 * import { writeup } from '@netweave/sdk';
 * const docx = await writeup({ session, responses, commitments, notes }, { format: 'docx', lang: 'cy' });
 * ```
 *
 * Only visible posts and notes are written up (held and hidden ones never appear); counts follow
 * the disclosure rule (default `nhs`). Participants' text is inert in every format.
 */
import type { AssessmentResponse, Catalogue, Commitment, FollowUp, Session, TrizNote } from '@netweave/model';
import { buildWriteup } from './build-writeup.js';
import { writeupToDocx } from './writeup-docx.js';
import { writeupToHtml } from './writeup-html.js';
import { writeupToMarkdown } from './writeup-markdown.js';

export interface WriteupInput {
  session: Session;
  responses: readonly AssessmentResponse[];
  /** Any status: only `visible` ones are written up. */
  commitments: readonly Commitment[];
  /** Any status: only `visible` ones are written up. */
  notes?: readonly TrizNote[];
  /**
   * "Did you do it?" answers to the commitments (any status): counted by their latest answer under
   * the disclosure rule; only visible notes of visible commitments are quoted.
   */
  followUps?: readonly FollowUp[];
  /** Labels for challenges (default: the model's DEFAULT_CATALOGUE). */
  catalogue?: Catalogue;
  /** The rule for counts (default `nhs`), as `applyDisclosure` applies it. */
  disclosure?: 'nhs' | 'survey' | 'none';
}

export type WriteupFormat = 'md' | 'html' | 'docx';

export const WRITEUP_FORMATS: readonly WriteupFormat[] = ['md', 'html', 'docx'];

/** The write-up: a string for `md` and `html`, the bytes of a .docx for `docx`. */
export async function writeup(
  input: WriteupInput,
  options: { format: WriteupFormat; lang?: 'en' | 'cy' },
): Promise<string | Uint8Array> {
  const doc = buildWriteup(input, options.lang ?? 'en');
  switch (options.format) {
    case 'md':
      return writeupToMarkdown(doc);
    case 'html':
      return writeupToHtml(doc);
    case 'docx':
      return writeupToDocx(doc);
    default:
      throw new TypeError(`Unknown write-up format: ${String(options.format)} (md, html or docx)`);
  }
}
