// The combined CDN file, as a partner's page loads it: one <script type="module"> that registers
// the provider and every widget (the TRIZ board too), which then work together under one provider.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../cdn/widgets.js';

const tags = [
  'netweave-provider',
  'netweave-self-assessment',
  'netweave-commitments-wall',
  'netweave-triz-board',
  'netweave-challenge-chart',
];

describe('cdn/widgets.js', () => {
  it('registers the provider and every widget (the TRIZ board too)', () => {
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders every widget under one provider, in Welsh when the provider says so', async () => {
    const page = await fixture(html`
      <netweave-provider session="combined-test" lang="cy">
        <netweave-self-assessment></netweave-self-assessment>
        <netweave-commitments-wall></netweave-commitments-wall>
        <netweave-triz-board></netweave-triz-board>
        <netweave-challenge-chart></netweave-challenge-chart>
      </netweave-provider>
    `);
    const [assessment, wall, board, chart] = [
      'netweave-self-assessment',
      'netweave-commitments-wall',
      'netweave-triz-board',
      'netweave-challenge-chart',
    ].map((tag) => page.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> });
    await waitUntil(
      () =>
        [assessment, wall, board, chart].every((el) => (el!.shadowRoot?.textContent ?? '').trim().length > 0),
      'every widget rendered',
    );
    // With no endpoint each widget is a single-device demo and says so, in Welsh, once its Welsh
    // wording has loaded from the file's chunks.
    await waitUntil(
      () =>
        /ddyfais/.test(wall!.shadowRoot!.textContent ?? '') &&
        /ddyfais/.test(chart!.shadowRoot!.textContent ?? ''),
      'the wall and the chart say in Welsh that they keep to this device',
    );
    await expect(page).to.be.accessible();
  });

  it('loading a single widget’s own CDN file afterwards does not clash', async () => {
    const before = customElements.get('netweave-commitments-wall');
    await import('@netweave/commitments-wall/cdn/commitments-wall.js');
    expect(customElements.get('netweave-commitments-wall')).to.equal(before);
  });
});
