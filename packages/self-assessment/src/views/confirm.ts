/**
 * The confirmation before "Start again" or "Forget my answers on this device", in English and
 * Welsh. Loaded on demand, when the person asks for either.
 */
import { html } from 'lit';
import { Localizer, type Locale, type StringOverrides } from '@netweave/core';

export const confirmEn = {
  'confirm.again':
    'Start again? Your current answers in this form will be cleared from this device. Completed assessments stay in your history.',
  'confirm.forget': 'Forget everything this form saved on this device, including your earlier assessments?',
  'confirm.yes': 'Yes, clear them',
  cancel: 'Cancel',
};

const cy: typeof confirmEn = {
  'confirm.again':
    'Dechrau eto? Bydd eich atebion presennol yn y ffurflen hon yn cael eu clirio o’r ddyfais hon. Bydd asesiadau sydd wedi’u cwblhau yn aros yn eich hanes.',
  'confirm.forget':
    'Anghofio popeth a gadwodd y ffurflen hon ar y ddyfais hon, gan gynnwys eich asesiadau cynharach?',
  'confirm.yes': 'Ie, cliriwch nhw',
  cancel: 'Canslo',
};

export function renderConfirm(
  what: 'again' | 'forget',
  locale: Locale,
  overrides: StringOverrides,
  yes: () => void,
  cancel: () => void,
) {
  const t = new Localizer({ en: confirmEn, cy }, locale, overrides);
  return html`<div part="notice" class="nw-notice confirm" role="group" aria-labelledby="confirm">
    <p id="confirm" tabindex="-1">${t.t(`confirm.${what}`)}</p>
    <button class="nw-button nw-button--warning" @click=${yes}>${t.t('confirm.yes')}</button>
    <button class="nw-button nw-button--secondary" @click=${cancel}>${t.t('cancel')}</button>
  </div>`;
}
