/**
 * The consent to send the answers, in English and Welsh. Loaded on demand: only offered when the
 * store accepts submissions (a collector endpoint).
 */
import { html } from 'lit';
import { Localizer, type Locale, type StringOverrides } from '@netweave/core';

export const consentEn = {
  consent: 'Send my answers anonymously to the network organisers',
  'consent.hint':
    'What is sent: your ratings, any other challenge you described and its rating, and your answers about you. No name or contact details are asked for or sent.',
};

const cy: typeof consentEn = {
  consent: 'Anfon fy atebion yn ddienw at drefnwyr y rhwydwaith',
  'consent.hint':
    'Beth sy’n cael ei anfon: eich sgoriau, unrhyw her arall a ddisgrifiwyd gennych a’i sgôr, a’ch atebion amdanoch chi. Nid oes gofyn am enw na manylion cyswllt, ac nid ydyn nhw’n cael eu hanfon.',
};

export function renderConsent(checked: boolean, locale: Locale, overrides: StringOverrides) {
  const t = new Localizer({ en: consentEn, cy }, locale, overrides);
  return html`<div class="check">
    <input type="checkbox" id="consent" name="consent" .checked=${checked} aria-describedby="consent-hint" />
    <label for="consent">${t.t('consent')}</label>
    <p class="hint" id="consent-hint">${t.t('consent.hint')}</p>
  </div>`;
}
