// Seeds a wall (and a TRIZ board) for the README screenshots; bundled by screenshot.mjs.
import { LocalStore } from '@netweave/core';
import '../dist/define.js';

class MemoryStorage {
  map = new Map();
  get length() {
    return this.map.size;
  }
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k) {
    return this.map.get(k) ?? null;
  }
  setItem(k, v) {
    this.map.set(k, String(v));
  }
  removeItem(k) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const at = (min) => new Date(Date.UTC(2026, 2, 12, 15, min)).toISOString();
const wall = [
  ['Ask the council’s housing officer to join our discharge huddle once a month.', 'nhs', 2],
  ['Share our volunteer rota with the GP practice so they know who to call.', 'vcse', 5],
  ['Book a coffee with someone from social care before the next meeting.', 'local-government', 0],
  ['Stop sending long emails: pick up the phone to the school nurse instead.', 'education', 1],
  ['Map who we already know in housing and share it with the team.', 'housing', 3],
  ['Invite a carer to co-chair our next network session.', 'social-care', 4],
];
const triz = [
  ['Never tell anyone outside our team what we are planning.', 'triz-worst'],
  ['Use acronyms nobody else understands.', 'triz-worst'],
  ['We cancel partner meetings when we are busy.', 'triz-already'],
  ['Keep a standing slot for VCSE partners in our weekly meeting.', 'triz-stop'],
];

window.seed = async () => {
  const store = new LocalStore({ storage: new MemoryStorage() });
  for (const [i, [text, sector, reactions]] of wall.entries()) {
    const c = await store.addCommitment({ id: `w${i}`, sessionId: 'demo', createdAt: at(i), text, sector });
    for (let r = 0; r < reactions; r++) await store.react('demo', c.id);
  }
  for (const [i, [text, column]] of triz.entries()) {
    await store.addCommitment({ id: `t${i}`, sessionId: 'triz', createdAt: at(i), text, column });
  }
  for (const el of document.querySelectorAll('netweave-commitments-wall')) el.store = store;
  await new Promise((r) => setTimeout(r, 300));
};
window.ready = true;
