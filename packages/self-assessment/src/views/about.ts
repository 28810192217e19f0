/**
 * The optional "about you" questions (sector, nation, region), in English and Welsh. Loaded on
 * demand: they come last, after every challenge.
 */
import { html } from 'lit';
import { LIMITS, Localizer, NATIONS, SECTORS, fieldLabels, type StringOverrides } from '@netweave/core';
import type { QuestionsView } from './questions.js';

export const aboutEn = {
  'about.title': 'About you (optional)',
  'about.hint':
    'These questions help the network organisers understand who took part. You can leave them blank.',
  sector: 'Sector you work in',
  nation: 'Nation',
  region: 'Region or area',
  'not-said': 'Prefer not to say',
};

const cy: typeof aboutEn = {
  'about.title': 'Amdanoch chi (dewisol)',
  'about.hint':
    'Mae’r cwestiynau hyn yn helpu trefnwyr y rhwydwaith i ddeall pwy gymerodd ran. Gallwch eu gadael yn wag.',
  sector: 'Y sector rydych chi’n gweithio ynddo',
  nation: 'Gwlad',
  region: 'Rhanbarth neu ardal',
  'not-said': 'Mae’n well gennyf beidio â dweud',
};

export function renderAbout(v: QuestionsView, overrides: StringOverrides) {
  const t = new Localizer({ en: aboutEn, cy }, v.t.locale, overrides);
  const labels = fieldLabels[t.locale];
  const a = v.answers;
  const select = (name: 'sector' | 'nation', options: readonly string[], names: Record<string, string>) =>
    html`<label for=${name}>${t.t(name)}</label>
      <select id=${name} name=${name}>
        <option value="" ?selected=${!a[name]}>${t.t('not-said')}</option>
        ${options.map((o) => html`<option value=${o} ?selected=${a[name] === o}>${names[o]}</option>`)}
      </select>`;
  return html`<fieldset part="question about-you" class="question" id="q-about" aria-describedby="about-hint">
    <legend><h3 id="h-about" tabindex="-1">${t.t('about.title')}</h3></legend>
    <p class="hint" id="about-hint">${t.t('about.hint')}</p>
    ${select('sector', SECTORS, labels.sector)} ${select('nation', NATIONS, labels.nation)}
    <label for="region">${t.t('region')}</label>
    <input
      id="region"
      name="region"
      autocomplete="off"
      maxlength=${LIMITS.regionLength}
      .value=${a.region}
      @input=${v.onInput}
    />
  </fieldset>`;
}
