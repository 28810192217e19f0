import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RoundState } from '@netweave/model';
import type { NetweaveDisplay } from '../../src/display.js';
import { fakeCollector, ORIGIN } from './fake-collector.js';
import { $, $$, announcer, scrollsSideways, text } from './helpers.js';

type Collector = ReturnType<typeof fakeCollector>;
const stub = () =>
  (window as unknown as { netweaveStub: { tell(id: string, s: object): void } }).netweaveStub;
const format = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

async function makeDisplay(
  collector: Collector,
  attrs: { code?: string; lang?: string; view?: string; group?: string } = {},
) {
  const widgets = new URL('./widgets-stub.js', import.meta.url).href;
  const el = await fixture<NetweaveDisplay>(
    html`<netweave-display
      .fetch=${collector.fetch}
      endpoint=${ORIGIN}
      widgets-src=${widgets}
      code=${ifDefined(attrs.code)}
      lang=${ifDefined(attrs.lang)}
      view=${ifDefined(attrs.view)}
      group=${ifDefined(attrs.group)}
    ></netweave-display>`,
  );
  return el;
}

async function shown(el: NetweaveDisplay, what: string | RegExp) {
  await waitUntil(
    () => (typeof what === 'string' ? text($(el, 'main')).includes(what) : what.test(text($(el, 'main')))),
    `the projector never showed ${String(what)} (it showed "${text($(el, 'main'))}")`,
  );
}

const running = (kind: RoundState['kind'], leftMs: number, version = 1): RoundState => ({
  kind,
  phase: 'running',
  endsAt: Date.now() + leftMs,
  leftMs,
  locked: false,
  version,
});

/** A TRIZ session in its first round, with five minutes left. */
function trizSession(collector: Collector, fields: Record<string, unknown> = {}) {
  return collector.addSession({
    title: 'Gwent TRIZ',
    template: 'triz-commitments',
    groups: 3,
    stage: 'triz',
    round: running('worst', 300_000),
    ...fields,
  });
}

describe('<netweave-display>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the title, how to join (the code grouped, its QR code), the round and its countdown, and every group’s board (accessible)', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const el = await makeDisplay(collector, { code: s.code.toLowerCase() });
    await shown(el, 'Gwent TRIZ');
    expect(text($(el, 'h1'))).to.equal('Gwent TRIZ');
    expect(text($(el, '.join-line'))).to.equal('Join at collector.example/j');
    expect(text($(el, '#join-code'))).to.equal(format(s.code));
    const qr = $<HTMLImageElement>(el, '.qr img')!;
    expect(qr.getAttribute('src')).to.equal(`${ORIGIN}/d/${s.code}/qr.svg?lang=en`);
    expect(qr.alt).to.equal(`QR code to join: ${ORIGIN}/j/${s.code}`);
    expect(text($(el, '#round-name'))).to.equal('Round 1 of 4: Worst results');
    const timer = $(el, '[role=timer]')!;
    expect(text(timer)).to.equal('05:00');
    expect(text($(el, 'netweave-provider'))).to.equal(`triz board (projector, all) for ${s.id} in en`);
    expect($(el, 'netweave-provider')!.getAttribute('endpoint')).to.equal(ORIGIN);
    // Nothing of its own to press (the widget is the board's business).
    expect($$(el, '.top button, .top a, .top input').length, 'nothing on it to press').to.equal(0);
    // What it asked the collector: the code, then where the round stands.
    expect(collector.calls()).to.deep.equal([`GET /v1/join/${s.code}`, `GET /v1/sessions/${s.id}`]);
    await expect(el).to.be.accessible();
  });

  it('counts down on its own clock and follows the round live; a new round and time up are each said once', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const el = await makeDisplay(collector, { code: s.code });
    let clock = 0;
    el.now = () => clock;
    await shown(el, 'Worst results');
    // The session told again: the countdown starts from it, on this clock.
    stub().tell(s.id, { ...s, round: running('worst', 120_000, 2) });
    await waitUntil(() => text($(el, '[role=timer]')) === '02:00');
    clock += 30_000;
    await waitUntil(() => text($(el, '[role=timer]')) === '01:30', 'it did not tick');
    stub().tell(s.id, { ...s, round: { ...running('worst', 60_000, 3), phase: 'paused' } });
    await shown(el, 'Paused');
    expect(text($(el, '[role=timer]'))).to.equal('01:00');
    stub().tell(s.id, { ...s, round: running('already', 480_000, 4) });
    await waitUntil(
      () => announcer('display').textContent === 'Round 2 of 4 has started: We do this already.',
    );
    expect(text($(el, '#round-name'))).to.equal('Round 2 of 4: We do this already');
    const said: string[] = [];
    new MutationObserver(
      () => announcer('display').textContent && said.push(announcer('display').textContent!),
    ).observe(announcer('display'), { childList: true, characterData: true, subtree: true });
    clock += 480_000;
    await waitUntil(() => said.includes('Time is up'), 'time up was not said');
    expect(text($(el, '[role=timer]'))).to.equal('00:00');
    await new Promise((r) => setTimeout(r, 1300));
    expect(said).to.deep.equal(['Time is up']);
    await expect(el).to.be.accessible();
  });

  it('follows the session to its closing round: the commitments wall’s projector display', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const el = await makeDisplay(collector, { code: s.code });
    await shown(el, 'triz board');
    stub().tell(s.id, { ...s, stage: 'commit', round: running('commit', 300_000, 5) });
    await waitUntil(
      () => text($(el, 'netweave-provider')) === `wall (projector) for ${s.id} in en`,
      'the wall never came',
    );
    expect(text($(el, '#round-name'))).to.equal('Round 4 of 4: Commitments');
    expect(text($(el, '#join-code')), 'how to join stays').to.equal(format(s.code));
  });

  it('shows one group’s board (?group=g2), or the wall’s one-card display throughout (?view=carousel)', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const one = await makeDisplay(collector, { code: s.code, group: 'g2' });
    await shown(one, 'triz board');
    expect(text($(one, 'netweave-provider'))).to.equal(`triz board (projector, g2) for ${s.id} in en`);
    one.remove();
    const carousel = await makeDisplay(collector, { code: s.code, view: 'carousel' });
    await shown(carousel, 'wall');
    expect(text($(carousel, 'netweave-provider'))).to.equal(`wall (projector) for ${s.id} in en`);
    carousel.remove();
    // A commitments session: its wall; a self-assessment: how to join only.
    const wall = collector.addSession({ title: 'Wall only', template: 'commitments' });
    const w = await makeDisplay(collector, { code: wall.code });
    await shown(w, 'wall (projector)');
    expect(!!$(w, '#round-name'), 'no round without TRIZ').to.equal(false);
    w.remove();
    // A TRIZ session moved to its wall without the rounds: no "not started yet" over the wall.
    const moved = trizSession(collector, { stage: 'commit', round: undefined });
    const m = await makeDisplay(collector, { code: moved.code });
    await shown(m, 'wall (projector)');
    expect(!!$(m, '#round-name')).to.equal(false);
    m.remove();
    const assess = collector.addSession({ title: 'Assess only', template: 'self-assessment' });
    const a = await makeDisplay(collector, { code: assess.code });
    await shown(a, 'Assess only');
    expect(!!$(a, 'netweave-provider')).to.equal(false);
    expect(text($(a, '#join-code'))).to.equal(format(assess.code));
    await expect(a).to.be.accessible();
  });

  for (const [name, setUp, title] of [
    ['an unknown code', () => 'ZZZZZZ', 'No session has that code'],
    [
      'a closed session’s code (which names nothing of it)',
      (c: Collector) => c.addSession({ title: 'Secret title', open: false }).code,
      'This session has closed',
    ],
    ['no code at all', () => '', 'This address needs a join code'],
  ] as const) {
    it(`shows a clear page for ${name} (accessible)`, async () => {
      const collector = fakeCollector();
      const el = await makeDisplay(collector, { code: setUp(collector) });
      await waitUntil(() => text($(el, 'h1')) === title, `the heading never read ${title}`);
      expect(text($(el, 'main'))).not.to.contain('Secret title');
      expect(!!$(el, 'netweave-provider')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  it('is in Welsh when asked (?lang=cy), in the session’s language otherwise', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const el = await makeDisplay(collector, { code: s.code, lang: 'cy' });
    await shown(el, 'Canlyniadau gwaethaf');
    expect(text($(el, '.join-line'))).to.equal('Ymunwch drwy fynd i: collector.example/j');
    expect(text($(el, '#round-name'))).to.equal('Rownd 1 o 4: Canlyniadau gwaethaf');
    expect(text($(el, '.clock-label'))).to.equal('Amser ar ôl');
    expect($<HTMLImageElement>(el, '.qr img')!.alt).to.equal(`Cod QR i ymuno: ${ORIGIN}/j/${s.code}`);
    expect($(el, 'netweave-provider')!.getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
    el.remove();
    const welsh = trizSession(collector, { lang: 'cy', title: 'Sesiwn Gymraeg' });
    const other = await makeDisplay(collector, { code: welsh.code });
    await shown(other, 'Sesiwn Gymraeg');
    expect($(other, 'main')!.getAttribute('lang')).to.equal('cy');
  });

  it('reads its code, language and group from the address when it runs the page (routing)', async () => {
    const collector = fakeCollector();
    const s = trizSession(collector);
    const start = location.href;
    try {
      history.replaceState(history.state, '', `/d/${format(s.code)}?lang=cy&group=g3`);
      const widgets = new URL('./widgets-stub.js', import.meta.url).href;
      const el = await fixture<NetweaveDisplay>(
        html`<netweave-display
          routing
          .fetch=${collector.fetch}
          endpoint=${ORIGIN}
          widgets-src=${widgets}
        ></netweave-display>`,
      );
      await shown(el, 'triz board');
      expect(el.code).to.equal(format(s.code));
      expect(text($(el, 'netweave-provider'))).to.equal(`triz board (projector, g3) for ${s.id} in cy`);
      expect(document.documentElement.lang).to.equal('cy');
      expect(document.title).to.equal('Gwent TRIZ – Taflunydd – netweave');
    } finally {
      history.replaceState(history.state, '', start);
      document.documentElement.lang = 'en';
    }
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const collector = fakeCollector();
    const s = trizSession(collector, {
      title: 'A session with a rather long title that has to wrap on a phone',
    });
    const el = await makeDisplay(collector, { code: s.code });
    await shown(el, 'triz board');
    expect(scrollsSideways()).to.equal(false);
  });
});
