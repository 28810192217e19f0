/**
 * An editable keyword codebook that codes free text (other challenges, commitments) onto the
 * catalogue's challenges. A keyword matches at the start of a word, so "evaluat" matches
 * "evaluate" and "evaluation"; matching ignores case, accents and punctuation are kept.
 *
 * ```json
 * { "kind": "netweave.codebook", "version": 1,
 *   "codes": { "finding-the-time": ["time", "capacity", "workload"], "funding": ["funding", "money"] } }
 * ```
 * Codes need not be challenge ids: extra codes (such as "funding") are counted alongside them.
 */
import type { Catalogue } from '@netweave/model';
import { normaliseText } from '../normalise/text.js';
import { dict, own, put } from '../dict.js';

export interface Codebook {
  kind?: 'netweave.codebook';
  version?: 1;
  codes: Record<string, string[]>;
}

/** Keywords for the default catalogue's challenges (English and Welsh). */
export const DEFAULT_CODEBOOK: Codebook = {
  kind: 'netweave.codebook',
  version: 1,
  codes: {
    'building-relationships': [
      'relationship',
      'trust',
      'connect',
      'networking',
      'getting to know',
      'partnership',
      'rapport',
      'perthynas',
      'ymddiriedaeth',
    ],
    'evaluating-your-network': [
      'evaluat',
      'measur',
      'impact',
      'outcome',
      'evidence',
      'metric',
      'demonstrat',
      'gwerthus',
      'effaith',
    ],
    'finding-the-time': [
      'time',
      'capacity',
      'workload',
      'busy',
      'burnout',
      'burn out',
      'wellbeing',
      'headspace',
      'stretched',
      'amser',
      'llwyth gwaith',
    ],
    'generating-ideas': ['idea', 'creativ', 'innovat', 'brainstorm', 'fresh thinking', 'syniad'],
    'hassles-with-hierarchies': [
      'hierarch',
      'sign off',
      'permission',
      'bureaucra',
      'red tape',
      'senior',
      'status',
      'governance',
      'silo',
      'hierarchaeth',
      'biwrocratiaeth',
    ],
    'ideas-to-action': [
      'action',
      'implement',
      'follow through',
      'follow up',
      'momentum',
      'deliver',
      'make it happen',
      'gweithredu',
    ],
    'inclusivity-and-diversity': [
      'inclus',
      'divers',
      'equalit',
      'equity',
      'accessib',
      'marginalis',
      'seldom heard',
      'lived experience',
      'cynhwys',
      'amrywiaeth',
    ],
    'network-mapping': ['map', 'who is who', 'whos who', 'directory', 'who to contact', 'mapio'],
    'peer-support': ['peer', 'support', 'mentor', 'isolat', 'lonely', 'help', 'cymorth', 'cefnogaeth'],
  },
};

/** The codebook for a catalogue: the default keywords plus each challenge's own `keywords`. */
export function codebookFor(
  catalogue: Pick<Catalogue, 'challenges'>,
  base: Codebook = DEFAULT_CODEBOOK,
): Codebook {
  const codes = dict<string[]>();
  for (const c of catalogue.challenges)
    put(codes, c.id, [...(own(base.codes, c.id) ?? []), ...(c.keywords ?? [])]);
  for (const [code, words] of Object.entries(base.codes)) if (!own(codes, code)) put(codes, code, [...words]);
  return { kind: 'netweave.codebook', version: 1, codes };
}

const compiled = new WeakMap<Codebook, [string, string[]][]>();

/** The codes a text matches (codebook order); empty when none. */
export function codeText(text: string, codebook: Codebook = DEFAULT_CODEBOOK): string[] {
  let entries = compiled.get(codebook);
  if (!entries) {
    entries = Object.entries(codebook.codes).map(([code, words]) => [
      code,
      words.map((w) => ` ${normaliseText(w)}`).filter((w) => w.length > 1),
    ]);
    compiled.set(codebook, entries);
  }
  const hay = ` ${normaliseText(text)} `;
  return entries.filter(([, words]) => words.some((w) => hay.includes(w))).map(([code]) => code);
}
