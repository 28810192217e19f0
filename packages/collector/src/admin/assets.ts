/** The moderation page's stylesheet and script (served from /admin; no framework, no inline code). */
export const ADMIN_CSS = `
:root { color-scheme: light dark; --focus: #ffeb3b; --text: #212b32; --bg: #fff; --muted: #4c6272; --accent: #005eb8; --error: #d5281b; --line: #d8dde0; }
@media (prefers-color-scheme: dark) { :root { --text: #f0f4f5; --bg: #1d2429; --muted: #aeb7bd; --accent: #7fb8f0; --line: #4c6272; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--text); background: var(--bg); }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
.bar { display: flex; justify-content: space-between; align-items: center; padding: 0.5rem 1rem; border-bottom: 1px solid var(--line); }
.brand { margin: 0; font-weight: 600; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.stack > * + * { margin-top: 0.75rem; }
.row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.field { display: flex; flex-direction: column; gap: 0.25rem; border: 0; padding: 0; margin: 0; }
.field legend { font-weight: 600; margin-bottom: 0.25rem; }
label { font-weight: 600; }
.choice { font-weight: 400; display: flex; gap: 0.5rem; align-items: center; min-height: 24px; }
.hint { color: var(--muted); margin: 0; }
input, select, textarea { font: inherit; color: inherit; background: var(--bg); border: 2px solid var(--text); padding: 0.4rem; min-height: 2.5rem; max-width: 30rem; }
input[type=radio] { min-height: 24px; min-width: 24px; }
.button { font: inherit; font-weight: 600; display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0.4rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: var(--bg); cursor: pointer; text-decoration: none; border-radius: 4px; }
.button--secondary { background: transparent; color: var(--accent); }
.button--small { min-height: 2rem; padding: 0.2rem 0.75rem; }
:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
.notice { border-left: 6px solid var(--accent); padding: 0.5rem 1rem; margin: 0.5rem 0; }
.notice--error { border-color: var(--error); }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
.column { border: 1px solid var(--line); padding: 0.75rem; }
.posts { list-style: none; padding: 0; margin: 0; }
.post { border: 1px solid var(--line); padding: 0.5rem; margin-bottom: 0.5rem; }
.post:focus-visible { outline: 3px solid var(--text); }
.post-text { margin: 0 0 0.25rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.post-meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; }
.post-actions { display: flex; gap: 0.5rem; }
.empty { color: var(--muted); }
.signout { margin-top: 2rem; }
@media (forced-colors: active) { .button { border-color: ButtonText; } :focus-visible { outline-color: Highlight; } }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`;

export const ADMIN_JS = `
const s = JSON.parse(document.getElementById('nw-strings').textContent);
const $ = (id) => document.getElementById(id);
const t = (key, params = {}) => String(s[key] ?? key).replace(/\\{(\\w+)\\}/g, (_, k) => String(params[k] ?? ''));
const nf = new Intl.NumberFormat(s.lang);
const df = new Intl.DateTimeFormat(s.lang, { dateStyle: 'medium', timeStyle: 'short' });
const lists = { pending: $('list-pending'), visible: $('list-visible'), hidden: $('list-hidden') };
let sessions = [];
let current = null;
let posts = new Map();
let source = null;

function announce(text) {
  const a = $('announcer');
  a.textContent = '';
  setTimeout(() => { a.textContent = text; }, 50);
}
function problem(message) {
  const p = $('problem');
  p.hidden = !message;
  p.textContent = message ? t('failed', { message }) : '';
}
async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'x-netweave-csrf': '1', ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 401) { location.reload(); throw new Error('signed out'); }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error((data.error && data.error.message) || String(res.status));
  return data;
}
function option(session) {
  const o = document.createElement('option');
  o.value = session.id;
  o.textContent = session.title + ' — ' + session.date + ' (' + t(session.open ? 'open' : 'closed') + ')';
  return o;
}
async function loadSessions(selectId) {
  sessions = (await api('GET', '/v1/admin/sessions')).items;
  const select = $('session');
  select.replaceChildren(...sessions.map(option));
  $('no-sessions').hidden = sessions.length > 0;
  $('session-controls').hidden = sessions.length === 0;
  $('moderation').hidden = sessions.length === 0;
  const wanted = selectId || (current && current.id) || (sessions[0] && sessions[0].id);
  if (wanted) { select.value = wanted; await choose(wanted); }
}
function showSession() {
  $('toggle').textContent = t(current.open ? 'closeSession' : 'reopenSession');
  $('session-state').textContent = t(current.open ? 'sessionOpen' : 'sessionClosed');
  const base = '/v1/admin/sessions/' + encodeURIComponent(current.id);
  $('csv-responses').href = base + '/responses.csv';
  $('csv-commitments').href = base + '/commitments.csv';
}
async function choose(id) {
  current = sessions.find((x) => x.id === id) || null;
  if (!current) return;
  showSession();
  if (source) source.close();
  source = null;
  waiting.clear();
  $('connection').textContent = ''; // until this session's stream is open
  showConnection();
  posts = new Map(); // never the last session's posts under this one's name
  render();
  const base = '/v1/admin/sessions/' + encodeURIComponent(id);
  // Where the session's changes stand before the list is read: the live stream starts from
  // there, so a post that arrives while the list loads is not missed (replays are harmless).
  const lastEventId = await api('GET', base + '/events').then((e) => e.lastEventId, () => null);
  const loaded = new Map();
  let cursor = null;
  do {
    const page = await api('GET', base + '/commitments?limit=200' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    for (const c of page.items) loaded.set(c.id, c);
    cursor = page.nextCursor;
  } while (cursor);
  if (!current || current.id !== id) return; // another session was chosen meanwhile
  posts = loaded;
  render();
  connect(id, lastEventId);
}
function connect(id, after) {
  if (source) source.close();
  const from = after === null || after === undefined ? '' : '?lastEventId=' + encodeURIComponent(after);
  source = new EventSource('/v1/admin/sessions/' + encodeURIComponent(id) + '/events' + from);
  source.addEventListener('open', () => { $('connection').textContent = '(' + t('live') + ')'; });
  source.addEventListener('error', () => { $('connection').textContent = '(' + t('reconnecting') + ')'; });
  source.addEventListener('commitment', (e) => {
    const c = JSON.parse(e.data).commitment;
    // Paused (WCAG 2.2.2): keep what arrives and show it on resume.
    if (paused) {
      waiting.set(c.id, c);
      showConnection();
      return;
    }
    const before = posts.get(c.id);
    posts.set(c.id, c);
    render();
    if (!before && c.status === 'pending') announce(t('newPending'));
  });
}
let paused = false;
const waiting = new Map();
function showConnection() {
  if (paused) $('connection').textContent = '(' + t('paused', { count: nf.format(waiting.size) }) + ')';
}
$('pause').addEventListener('click', () => {
  paused = !paused;
  $('pause').setAttribute('aria-pressed', String(paused));
  $('pause').textContent = t(paused ? 'resume' : 'pause');
  if (paused) return showConnection();
  for (const c of waiting.values()) posts.set(c.id, c);
  waiting.clear();
  $('connection').textContent = '(' + t('live') + ')';
  render();
});
function sorted(status) {
  return [...posts.values()].filter((c) => c.status === status)
    .sort((a, b) => (status === 'pending' ? (a.createdAt < b.createdAt ? -1 : 1) : (a.createdAt < b.createdAt ? 1 : -1)));
}
function item(c) {
  const li = document.createElement('li');
  li.className = 'post';
  li.tabIndex = 0;
  li.dataset.id = c.id;
  li.setAttribute('aria-labelledby', 'text-' + c.id);
  const text = document.createElement('p');
  text.className = 'post-text';
  text.id = 'text-' + c.id;
  text.textContent = c.text;
  const meta = document.createElement('p');
  meta.className = 'post-meta';
  const bits = [df.format(new Date(c.createdAt)), t('reactions', { count: nf.format(c.reactions || 0) })];
  if (c.heldFor && c.heldFor.length) bits.push(t('heldFor', { reasons: new Intl.ListFormat(s.lang).format(c.heldFor.map((r) => t('reason_' + r))) }));
  meta.textContent = bits.join(' · ');
  const actions = document.createElement('div');
  actions.className = 'post-actions';
  if (c.status !== 'visible') actions.append(button('approve', c, 'visible'));
  if (c.status !== 'hidden') actions.append(button('hide', c, 'hidden'));
  li.append(text, meta, actions);
  return li;
}
function button(label, c, status) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button button--small' + (status === 'hidden' ? ' button--secondary' : '');
  b.textContent = t(label);
  b.setAttribute('aria-describedby', 'text-' + c.id);
  b.addEventListener('click', () => moderate(c.id, status));
  return b;
}
function render() {
  // Keep the keyboard where it was: the same post, or the one that took its place in the list.
  const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('.post');
  const focusId = focused && focused.dataset.id;
  const focusList = focused && focused.parentElement && focused.parentElement.id;
  const focusIndex = focused ? [...focused.parentElement.children].indexOf(focused) : -1;
  for (const status of ['pending', 'visible', 'hidden']) {
    const list = sorted(status);
    lists[status].replaceChildren(...list.map(item));
    document.querySelector('[data-count="' + status + '"]').textContent = nf.format(list.length);
    document.querySelector('[data-empty="' + status + '"]').hidden = list.length > 0;
  }
  if (!focusId) return;
  const list = document.getElementById(focusList);
  const same = list.querySelector('.post[data-id="' + CSS.escape(focusId) + '"]');
  const target = same || list.children[Math.min(focusIndex, list.children.length - 1)];
  if (target) target.focus();
}
async function moderate(id, status) {
  try {
    const c = await api('POST', '/v1/admin/sessions/' + encodeURIComponent(current.id) + '/commitments/' + encodeURIComponent(id) + '/moderation', { status });
    posts.set(c.id, c);
    render();
    announce(t(status === 'visible' ? 'approved' : 'hiddenDone'));
    problem('');
  } catch (error) { problem(error.message); }
}
document.querySelector('.columns').addEventListener('keydown', (e) => {
  const li = e.target.closest && e.target.closest('.post');
  if (!li || e.ctrlKey || e.metaKey || e.altKey) return;
  const key = e.key.toLowerCase();
  if (key === 'a' && li === e.target) { e.preventDefault(); moderate(li.dataset.id, 'visible'); }
  else if (key === 'h' && li === e.target) { e.preventDefault(); moderate(li.dataset.id, 'hidden'); }
  else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const sib = e.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling;
    if (sib) { e.preventDefault(); sib.focus(); }
  }
});
$('session').addEventListener('change', (e) => choose(e.target.value).catch((err) => problem(err.message)));
$('toggle').addEventListener('click', async () => {
  try {
    current = await api('PATCH', '/v1/admin/sessions/' + encodeURIComponent(current.id), { open: !current.open });
    sessions = sessions.map((x) => (x.id === current.id ? current : x));
    $('session').replaceChildren(...sessions.map(option));
    $('session').value = current.id;
    showSession();
    announce(t(current.open ? 'sessionOpen' : 'sessionClosed'));
  } catch (error) { problem(error.message); }
});
$('create').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const body = { title: String(form.get('title') || ''), date: String(form.get('date') || ''), moderation: String(form.get('moderation') || 'none') };
  const prompt = String(form.get('prompt') || '').trim();
  if (prompt) body.prompt = prompt;
  const err = $('create-error');
  try {
    const created = await api('POST', '/v1/admin/sessions', body);
    err.hidden = true;
    e.target.reset();
    announce(t('created'));
    await loadSessions(created.id);
    $('session').focus();
  } catch (error) {
    err.hidden = false;
    err.textContent = t('errorPrefix') + ' ' + error.message;
    err.focus && err.setAttribute('tabindex', '-1');
    err.focus();
  }
});
loadSessions().catch((error) => problem(error.message));
`;
