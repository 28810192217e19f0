/**
 * Disclosure-control presets, as UK health publishers apply them:
 * - `nhs` (NHS England/NHS Digital since 2018, below national level): counts 1–7 shown as `*`,
 *   every other count rounded to the nearest 5 (zeros stay zero), percentages and intervals from
 *   the rounded counts, means/medians/SDs from fewer than 8 values withheld.
 * - `survey` (GP Patient Survey): any result based on fewer than 10 respondents withheld, with
 *   secondary suppression wherever a withheld result could be worked out by subtraction.
 * - `none`: everything shown (for the evaluator's own working, not for publication).
 */
import type { Disclosure, Locale } from '@netweave/model';

export type DisclosureRule = 'nhs' | 'survey' | 'none';
export const DISCLOSURE_RULES: readonly DisclosureRule[] = ['nhs', 'survey', 'none'];

/** Each rule described for a reader, in English and Welsh. */
export const DISCLOSURE_DESCRIPTIONS: Record<Locale, Record<DisclosureRule, string>> = {
  en: {
    nhs: 'NHS England rule: counts from 1 to 7 are shown as * and every other count is rounded to the nearest 5 (zeros stay zero); percentages and intervals are worked out from the rounded counts; means, medians and standard deviations from fewer than 8 values are not shown. Because every count shown is rounded, a hidden count cannot be worked out by subtraction.',
    survey:
      'GP Patient Survey rule: any result based on fewer than 10 respondents is not shown; where a hidden result could be worked out from a total and the other groups, the next smallest group is hidden too (secondary suppression).',
    none: 'No disclosure control: every count is shown as it is. For the evaluator’s own working only; not for publication.',
  },
  cy: {
    nhs: 'Rheol GIG Lloegr: dangosir cyfrifon o 1 i 7 fel * a thalgrynnir pob cyfrif arall i’r 5 agosaf (mae sero yn aros yn sero); cyfrifir canrannau a chyfyngau o’r cyfrifon wedi’u talgrynnu; ni ddangosir cymedrau, canolrifau na gwyriadau safonol o lai nag 8 gwerth. Gan fod pob cyfrif a ddangosir wedi’i dalgrynnu, ni ellir cyfrifo cyfrif cudd drwy dynnu.',
    survey:
      'Rheol Arolwg Cleifion Meddygon Teulu: ni ddangosir unrhyw ganlyniad sy’n seiliedig ar lai nag 10 ymatebydd; lle gellid cyfrifo canlyniad cudd o gyfanswm a’r grwpiau eraill, cuddir y grŵp lleiaf nesaf hefyd (atal eilaidd).',
    none: 'Dim rheolaeth datgelu: dangosir pob cyfrif fel y mae. Ar gyfer gwaith y gwerthuswr yn unig; nid i’w gyhoeddi.',
  },
};

/** The minimum number of values behind a shown mean/median (nhs) or result (survey). */
export const MIN_BASE: Record<DisclosureRule, number> = { nhs: 8, survey: 10, none: 0 };

export function disclosureFor(rule: DisclosureRule, locale: Locale = 'en'): Disclosure {
  const d: Disclosure = { rule, description: DISCLOSURE_DESCRIPTIONS[locale][rule] };
  if (rule !== 'none') d.minBase = MIN_BASE[rule];
  return d;
}

export function isDisclosureRule(value: string): value is DisclosureRule {
  return (DISCLOSURE_RULES as readonly string[]).includes(value);
}
