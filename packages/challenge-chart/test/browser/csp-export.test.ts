// Downloads on a page whose Content Security Policy blocks data: images (img-src without data:),
// the image a PNG is drawn from: a clear message instead of a PNG, and the SVG and CSV still saved.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { basic } from '../fixtures.js';
import { chart, root } from './helpers.js';

interface CspResult {
  error?: string;
  toPNG: string;
  message: string;
  announced: string;
  noticeGone: boolean;
  downloads: { name: string; start: string }[];
  violations: string[];
}

async function cspPage(lang: string): Promise<CspResult> {
  const src = new URL(`../csp-img-page.html?lang=${lang}`, import.meta.url).href;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP test page" src=${src}></iframe>`);
  const page = () => frame.contentWindow as unknown as { cspResult?: CspResult };
  await waitUntil(() => page()?.cspResult, 'CSP page did not report');
  return page().cspResult!;
}

describe('<netweave-challenge-chart> downloads where the page blocks data: images', () => {
  const cases = [
    {
      lang: 'en',
      message:
        'This page’s security settings do not allow the chart to be saved as a PNG. Download the SVG instead: it has the same chart.',
      files: ['challenge-frequency.svg', 'challenge-frequency.csv'],
    },
    {
      lang: 'cy',
      message:
        'Nid yw gosodiadau diogelwch y dudalen hon yn caniatáu cadw’r siart fel PNG. Lawrlwythwch yr SVG yn lle hynny: mae’r un siart ynddo.',
      files: ['amlder-heriau.svg', 'amlder-heriau.csv'],
    },
  ];
  for (const { lang, message, files } of cases) {
    it(`says why there is no PNG, and still saves the SVG and the CSV (${lang})`, async () => {
      const result = await cspPage(lang);
      expect(result.error, 'the PNG button threw').to.equal(undefined);
      expect([...new Set(result.violations)]).to.deep.equal(['img-src data']);
      expect(result.message).to.equal(message);
      expect(result.announced).to.equal(message);
      expect(result.downloads.map((d) => d.name)).to.deep.equal(files);
      expect(result.downloads[0]!.start).to.match(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
      expect(result.downloads[1]!.start).to.match(/^group,challenge_id,label,identified,base,proportion,/);
      // The message goes with the next download.
      expect(result.noticeGone).to.equal(true);
      expect(result.toPNG).to.equal('SecurityError');
    });
  }

  it('shows that message accessibly', async () => {
    const el = await chart(basic);
    // As on such a page: the image the PNG is drawn from is blocked (export.ts).
    el.toPNG = () => Promise.reject(new DOMException('blocked', 'SecurityError'));
    root(el).querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
    await waitUntil(() => root(el).querySelector('.nw-notice--error'), 'no message');
    expect(root(el).querySelector('.nw-notice--error')!.textContent).to.include(
      'do not allow the chart to be saved as a PNG',
    );
    await expect(el).to.be.accessible();
  });
});
