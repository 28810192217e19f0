/**
 * The consent to send the answers, in English and Welsh. Loaded on demand: only offered when the
 * store accepts submissions (a collector endpoint).
 */
import { html } from 'lit';
import { Localizer, type Locale, type StringOverrides } from '@netweave/core';

export const consentEn = {
  consent: 'Send my answers anonymously to the network organisers',
  'consent.hint': 'Only your ratings and the answers about you are sent, with no name or contact details.',
};

const cy: typeof consentEn = {
  consent: 'Anfon fy atebion yn ddienw at drefnwyr y rhwydwaith',
  'consent.hint':
    'Dim ond eich sgoriau a’ch atebion amdanoch chi sy’n cael eu hanfon, heb enw na manylion cyswllt.',
};

export function renderConsent(checked: boolean, locale: Locale, overrides: StringOverrides) {
  const t = new Localizer({ en: consentEn, cy }, locale, overrides);
  return html`<div class="check">
    <input type="checkbox" id="consent" name="consent" .checked=${checked} aria-describedby="consent-hint" />
    <label for="consent">${t.t('consent')}</label>
    <p class="hint" id="consent-hint">${t.t('consent.hint')}</p>
  </div>`;
}
