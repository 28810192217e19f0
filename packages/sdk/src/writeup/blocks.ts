/**
 * The write-up as plain blocks (headings, paragraphs, lists, tables, the chart's figures), built
 * once and rendered to Markdown, HTML and Word. Every string in a block is plain text: each
 * renderer makes it inert for its own format.
 */
import type { FrequencySummary } from '@netweave/model';

export interface ListItem {
  /** The item's main text (a participant's words). */
  readonly text: string;
  /** What the write-up says about it ("recognised in round 2", "3 votes"), after the text. */
  readonly notes?: readonly string[];
  /** A line under it, kept with it (a green note's first step). */
  readonly detail?: string;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** `label`: a short line that introduces what follows (a round), bold where the format has it. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly label?: boolean }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns holding figures (right-aligned). */
      readonly numeric: readonly boolean[];
    }
  /** The challenges' chart (drawn only where the format can draw it; its table follows). */
  | { readonly kind: 'chart'; readonly title: string; readonly summary: FrequencySummary };

export interface WriteupDocument {
  readonly lang: 'en' | 'cy';
  readonly title: string;
  /** One line saying what the document is, for its metadata. */
  readonly description: string;
  readonly blocks: readonly Block[];
}
