// Runs in headless Chromium (bundled by bench.mjs). Compares the wall with a plain-DOM baseline
// built in the same page, and adding one card to a 5,000-card wall with adding it to an empty one.
import '../dist/define.js';

const N = 5000;
const SESSION = 'bench';
const iso = (i) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
const SECTORS = ['nhs', 'local-government', 'social-care', 'vcse', 'housing', null];
const make = (i) => ({
  id: `c${i}`,
  sessionId: SESSION,
  createdAt: iso(i),
  text: `Commitment ${i}: I will invite someone from another sector to our next planning meeting.`,
  column: 'commitments',
  sector: SECTORS[i % SECTORS.length],
  status: 'visible',
  reactions: i % 4,
});
const cards = Array.from({ length: N }, (_, i) => make(N - 1 - i)); // newest first

/** A ResponseStore that answers at once from memory (no storage cost in the figures). */
class MemoryStore {
  acceptsSubmissions = false;
  status = { mode: 'persistent', problems: [] };
  listeners = new Set();
  constructor(items) {
    this.items = items;
  }
  async loadDraft() {}
  async saveDraft() {}
  async clearDraft() {}
  async submitResponse() {
    throw new Error('no');
  }
  async pendingCount() {
    return 0;
  }
  async getSummary() {
    throw new Error('no');
  }
  async addCommitment(input) {
    const c = {
      column: 'commitments',
      sector: null,
      reactions: 0,
      status: 'visible',
      createdAt: new Date().toISOString(),
      ...input,
    };
    for (const l of this.listeners) l({ type: 'commitment', sessionId: SESSION, commitment: c });
    return c;
  }
  async listCommitments() {
    return { items: this.items, nextCursor: null };
  }
  async react() {}
  async moveCommitment() {}
  subscribe(_s, l) {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

const stage = document.getElementById('stage');
const layout = (el) => el.getBoundingClientRect().height; // forces style and layout

function baseline() {
  const t0 = performance.now();
  const ul = document.createElement('ul');
  for (const c of cards) {
    const li = document.createElement('li');
    const p = document.createElement('p');
    p.textContent = c.text;
    const meta = document.createElement('p');
    const time = document.createElement('time');
    time.textContent = c.createdAt.slice(11, 16);
    meta.append(time);
    const button = document.createElement('button');
    button.textContent = 'I’ll do this too';
    li.append(p, meta, button);
    ul.append(li);
  }
  stage.append(ul);
  layout(ul);
  const t = performance.now() - t0;
  ul.remove();
  return t;
}

async function mountWall(items) {
  const el = document.createElement('netweave-commitments-wall');
  el.session = SESSION;
  el.store = new MemoryStore(items);
  stage.append(el);
  while (items.length && !el.shadowRoot?.querySelector('.card')) await el.updateComplete;
  while (!items.length && !el.shadowRoot?.querySelector('.empty')) await el.updateComplete;
  layout(el);
  return el;
}

async function firstRender() {
  const t0 = performance.now();
  const el = await mountWall(cards);
  const t = performance.now() - t0;
  el.remove();
  return t;
}

let counter = 0;
async function addOne(el) {
  const box = el.shadowRoot.querySelector('textarea');
  const text = `Added ${counter++}`;
  const t0 = performance.now();
  box.value = text;
  box.dispatchEvent(new Event('input'));
  el.shadowRoot.querySelector('button[type=submit]').click();
  do await el.updateComplete;
  while (el.shadowRoot.querySelector('.card .text')?.textContent !== text);
  layout(el);
  return performance.now() - t0;
}

function baselineFilter(ul, q) {
  const t0 = performance.now();
  for (const li of ul.children) li.hidden = !li.firstChild.textContent.toLowerCase().includes(q);
  layout(ul);
  return performance.now() - t0;
}

async function wallFilter(el, q) {
  const input = el.shadowRoot.querySelector('#f-search');
  const t0 = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  layout(el);
  return performance.now() - t0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

window.runBench = async () => {
  // Warm up both paths once (JIT, style sheets), then alternate the measured runs.
  baseline();
  await firstRender();
  const base = [];
  const wall = [];
  for (let i = 0; i < 7; i++) {
    await frame();
    base.push(baseline());
    await frame();
    wall.push(await firstRender());
  }
  const big = await mountWall(cards);
  const small = await mountWall([]);
  await addOne(big);
  await addOne(small);
  const intoBig = [];
  const intoEmpty = [];
  for (let i = 0; i < 25; i++) {
    await frame();
    intoBig.push(await addOne(big));
    await frame();
    intoEmpty.push(await addOne(small));
  }
  const domNodes = big.shadowRoot.querySelectorAll('*').length;
  // Filtering: a search typed letter by letter, and cleared, over the 5,000 cards.
  const ul = document.createElement('ul');
  for (const c of cards) {
    const li = document.createElement('li');
    const p = document.createElement('p');
    p.textContent = c.text;
    li.append(p);
    ul.append(li);
  }
  stage.append(ul);
  const baseF = [];
  const wallF = [];
  for (const q of ['4', '49', '499', '', '1', '12', '123', '']) {
    await frame();
    baseF.push(baselineFilter(ul, q));
    await frame();
    wallF.push(await wallFilter(big, q));
  }
  ul.remove();
  big.remove();
  small.remove();
  return {
    baseline: median(base),
    wall: median(wall),
    intoBig: median(intoBig),
    intoEmpty: median(intoEmpty),
    domNodes,
    baseFilter: median(baseF),
    wallFilter: median(wallF),
  };
};
window.benchReady = true;
