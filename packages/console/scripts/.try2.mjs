import { launchChromium } from '../../../scripts/chromium.mjs';
const base = 'http://127.0.0.1:8931';
const browser = await launchChromium();
const p = await browser.newPage({ viewport: { width: 320, height: 640 } });
await p.goto(`${base}/j/92WZJF`);
await p.waitForSelector('netweave-commitments-wall');
await p.waitForTimeout(1500);
console.log(
  await p.evaluate(() => {
    const wall = document
      .querySelector('netweave-join')
      .shadowRoot.querySelector('netweave-commitments-wall');
    let el = wall.shadowRoot.querySelector('textarea');
    const out = [];
    while (el) {
      const cs = getComputedStyle(el);
      out.push(`${el.tagName}.${el.className} ${cs.boxSizing} w=${cs.width} maxw=${cs.maxWidth}`);
      el = el.parentElement || el.getRootNode().host;
    }
    return out.join('\n');
  }),
);
await browser.close();
