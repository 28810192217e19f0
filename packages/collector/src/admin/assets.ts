/** The moderation page's stylesheet and script (served from /admin; no framework, no inline code). */
export const ADMIN_CSS = `
:root { color-scheme: light dark; --focus: #ffeb3b; --text: #212b32; --bg: #fff; --muted: #4c6272; --accent: #005eb8; --error: #d5281b; --line: #d8dde0; }
@media (prefers-color-scheme: dark) { :root { --text: #f0f4f5; --bg: #1d2429; --muted: #aeb7bd; --accent: #7fb8f0; --error: #f7a19a; --line: #4c6272; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--text); background: var(--bg); overflow-wrap: break-word; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
.bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; justify-content: space-between; align-items: center; padding: 0.5rem 1rem; border-bottom: 1px solid var(--line); }
.bar a { display: inline-block; padding: 0.25rem 0; }
.brand { margin: 0; font-weight: 600; }
a { color: var(--accent); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; z-index: 1; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.stack > * + * { margin-top: 0.75rem; }
.row { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
.field { display: flex; flex-direction: column; gap: 0.25rem; border: 0; padding: 0; margin: 0; min-width: 0; max-width: 100%; }
.row > .field { flex: 1 1 18rem; }
.field legend { font-weight: 600; margin-bottom: 0.25rem; }
label { font-weight: 600; }
.choice { font-weight: 400; display: flex; gap: 0.5rem; align-items: center; min-height: 24px; }
.hint { color: var(--muted); margin: 0; }
input, select, textarea { font: inherit; color: inherit; background: var(--bg); border: 2px solid var(--text); padding: 0.4rem; min-height: 2.5rem; width: 100%; max-width: 30rem; }
/* A menu is as wide as its longest option: let it shrink to its field and cut the text instead. */
select { min-width: 0; text-overflow: ellipsis; }
[aria-invalid=true] { border-color: var(--error); border-width: 3px; }
input[type=radio] { min-height: 24px; min-width: 24px; width: 24px; margin: 0; }
.button { font: inherit; font-weight: 600; display: inline-flex; align-items: center; max-width: 100%; min-height: 2.5rem; padding: 0.4rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: var(--bg); cursor: pointer; text-decoration: none; border-radius: 4px; }
.button--secondary { background: transparent; color: var(--accent); }
.button--small { min-height: 2rem; padding: 0.2rem 0.75rem; }
:focus-visible { outline: 3px solid var(--text); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
.notice { border-left: 6px solid var(--accent); padding: 0.5rem 1rem; margin: 0.5rem 0; }
.notice--error { border-color: var(--error); }
.error-summary { border: 4px solid var(--error); padding: 0.75rem 1rem; }
.error-summary ul { margin: 0; padding-left: 1.25rem; }
.error-summary a { color: var(--error); font-weight: 600; display: inline-block; min-height: 24px; }
.field-error { color: var(--error); font-weight: 600; margin: 0; }
.session-name { font-weight: 600; overflow-wrap: anywhere; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); gap: 1rem; }
.column { border: 1px solid var(--line); padding: 0.75rem; min-width: 0; }
.posts { list-style: none; padding: 0; margin: 0; }
.post { border: 1px solid var(--line); padding: 0.5rem; margin-bottom: 0.5rem; }
.post:focus-visible { outline: 3px solid var(--text); }
.post-text { margin: 0 0 0.25rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.post-meta { color: var(--muted); font-size: 0.9rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
.post-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
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
const plural = new Intl.PluralRules(s.lang);
/** A count in words: key_one, key_two… from the page's strings, else key_other. */
const tn = (key, count) => t((key + '_' + plural.select(count)) in s ? key + '_' + plural.select(count) : key + '_other', { count: nf.format(count) });
// Dates, times and lists from the page's own tables: browsers may have no Welsh locale data
// (Debian's Chromium answers "6 December 2026" and "8:35 PM" for cy).
const pad = (n) => String(n).padStart(2, '0');
const day = (y, m, d) => d + ' ' + s.months[m - 1] + ' ' + y;
/** "6 Rhag 2026, 20:35": day month year, 24-hour clock, in the browser's time zone. */
function dateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return day(d.getFullYear(), d.getMonth() + 1, d.getDate()) + ', ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}
/** A session's calendar date ("2026-12-06") as "6 Rhag 2026". */
function calendarDate(iso) {
  const m = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(iso || '');
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : iso;
}
/** Welsh "a" takes the aspirate mutation ("a chod post"); acronyms and numbers keep their form. */
function aspirate(word) {
  if (/^[\\p{Lu}\\d]{2,}\\b/u.test(word)) return word;
  const m = /^([cpt])(?!h)/i.exec(word);
  return m ? m[1] + (m[1] === m[1].toUpperCase() ? 'H' : 'h') + word.slice(1) : word;
}
/** "x, y and z"; in Welsh "x, y a z" or "ac" before a vowel. */
function list(items) {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  const vowel = /^[aeiouyâêîôûŷáéíóúàèìòùẁẃŵ]/i.test(last) && !/^w/i.test(last);
  const tail = vowel ? s.listAndBeforeVowel + ' ' + last : s.listAnd + ' ' + (s.listAspirate ? aspirate(last) : last);
  return items.slice(0, -1).join(', ') + ' ' + tail;
}
/** A post's words, short enough to be spoken in a status message. */
function gist(text) {
  const one = String(text || '').replace(/\\s+/g, ' ').trim();
  return one.length > 80 ? one.slice(0, 79).trimEnd() + '…' : one;
}
const lists = { pending: $('list-pending'), visible: $('list-visible'), hidden: $('list-hidden') };
let sessions = [];
let current = null;
let posts = new Map();
let source = null;

// One polite live region, written once per message. The same words again (two posts alike) are
// written after a moment's empty region, so they are heard again.
let sayTimer = 0;
function announce(text) {
  if (!text) return;
  const a = $('announcer');
  clearTimeout(sayTimer);
  if (a.textContent !== text) a.textContent = text;
  else {
    a.textContent = '';
    sayTimer = setTimeout(() => { a.textContent = text; }, 150);
  }
}
// New posts that arrive close together are announced as one count.
let arrivals = 0;
let arrivalTimer = 0;
function arrived(count) {
  arrivals += count;
  clearTimeout(arrivalTimer);
  arrivalTimer = setTimeout(() => { announce(tn('newPending', arrivals)); arrivals = 0; }, 1000);
}
/** The collector's refusal, said with the page's own words for its stable error code. */
class Refusal extends Error {
  constructor(code, issues) {
    super(code);
    this.code = code;
    this.issues = Array.isArray(issues) ? issues : [];
  }
}
function explain(error) {
  const code = (error && error.code) || 'unknown';
  return ('err_' + code) in s ? t('err_' + code) : t('err_unknown', { code });
}
function problem(error) {
  if (error && error.code === 'signed-out') return; // the page is reloading to the sign-in form
  const p = $('problem');
  const text = error ? t('failed', { message: explain(error) }) : '';
  if (p.textContent === text && p.hidden === !error) return;
  p.hidden = !error;
  p.textContent = text;
}
async function api(method, path, body) {
  let res;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'x-netweave-csrf': '1', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new Refusal('network');
  }
  if (res.status === 401) { location.reload(); throw new Refusal('signed-out'); }
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Refusal((data.error && data.error.code) || 'http-' + res.status, data.error && data.error.issues);
  return data;
}
function option(session) {
  const o = document.createElement('option');
  o.value = session.id;
  // A menu cannot wrap: long titles are cut here and shown in full under the menu.
  const title = session.title.length > 60 ? session.title.slice(0, 59).trimEnd() + '…' : session.title;
  o.textContent = title + ' — ' + calendarDate(session.date) + ' (' + t(session.open ? 'open' : 'closed') + ')';
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
  $('session-name').textContent = current.title;
  $('session-when').textContent = calendarDate(current.date);
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
    if (!before && c.status === 'pending') arrived(1);
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
  let fresh = 0;
  for (const c of waiting.values()) {
    if (!posts.has(c.id) && c.status === 'pending') fresh += 1;
    posts.set(c.id, c);
  }
  waiting.clear();
  $('connection').textContent = '(' + t('live') + ')';
  render();
  if (fresh) arrived(fresh);
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
  const bits = [dateTime(c.createdAt), t('reactions', { count: nf.format(c.reactions || 0) })];
  if (c.heldFor && c.heldFor.length) bits.push(t('heldFor', { reasons: list(c.heldFor.map((r) => t('reason_' + r))) }));
  meta.textContent = bits.filter(Boolean).join(' · ');
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
  b.dataset.action = label;
  b.setAttribute('aria-describedby', 'text-' + c.id);
  b.addEventListener('click', () => moderate(c.id, status));
  return b;
}
function render() {
  // Keep the keyboard where it was: the same post (and button), else the post that took its
  // place in the list, else the one before it, else the list's heading; never the page itself.
  const active = document.activeElement;
  const focused = active && active.closest && active.closest('.post');
  const focusId = focused && focused.dataset.id;
  const focusList = focused && focused.parentElement;
  const focusIndex = focused ? [...focused.parentElement.children].indexOf(focused) : -1;
  const focusAction = focused && active.dataset && active.dataset.action;
  for (const status of ['pending', 'visible', 'hidden']) {
    const list = sorted(status);
    lists[status].replaceChildren(...list.map(item));
    document.querySelector('[data-count="' + status + '"]').textContent = nf.format(list.length);
    document.querySelector('[data-empty="' + status + '"]').hidden = list.length > 0;
  }
  if (!focusId) return;
  const same = focusList.querySelector('.post[data-id="' + CSS.escape(focusId) + '"]');
  if (same) {
    const again = focusAction && same.querySelector('[data-action="' + focusAction + '"]');
    (again || same).focus();
    return;
  }
  const target = focusList.children[Math.min(focusIndex, focusList.children.length - 1)];
  if (target) target.focus();
  else $('h-' + focusList.dataset.status).focus();
}
async function moderate(id, status) {
  try {
    const c = await api('POST', '/v1/admin/sessions/' + encodeURIComponent(current.id) + '/commitments/' + encodeURIComponent(id) + '/moderation', { status });
    posts.set(c.id, c);
    render();
    announce(t(status === 'visible' ? 'approved' : 'hiddenDone', { text: gist(c.text) }));
    problem(null);
  } catch (error) { problem(error); }
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
$('session').addEventListener('change', (e) => choose(e.target.value).catch(problem));
$('toggle').addEventListener('click', async () => {
  try {
    current = await api('PATCH', '/v1/admin/sessions/' + encodeURIComponent(current.id), { open: !current.open });
    sessions = sessions.map((x) => (x.id === current.id ? current : x));
    $('session').replaceChildren(...sessions.map(option));
    $('session').value = current.id;
    showSession();
    announce(t(current.open ? 'sessionOpen' : 'sessionClosed'));
    problem(null);
  } catch (error) { problem(error); }
});

// Creating a session: checked here first, in the page's language; the collector's refusals are
// put in the same words by field and code. Errors follow the NHS pattern: a summary that takes
// focus and links to each field, and a message above each field with a hidden "Error:" prefix.
const FIELDS = ['title', 'date', 'prompt'];
const TITLE_MAX = 200;
const PROMPT_MAX = 2000;
function checkSession(body) {
  const errors = {};
  if (!body.title.trim()) errors.title = t('titleMissing');
  else if (body.title.length > TITLE_MAX) errors.title = t('titleTooLong', { count: nf.format(TITLE_MAX) });
  if (!body.date) errors.date = t('dateMissing');
  else if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(body.date)) errors.date = t('dateInvalid');
  if ((body.prompt || '').length > PROMPT_MAX) errors.prompt = t('promptTooLong', { count: nf.format(PROMPT_MAX) });
  return errors;
}
function refusalErrors(error) {
  const errors = {};
  for (const issue of error.issues || []) {
    const field = String(issue.path || '').split(/[.[]/)[0];
    const limit = issue.params && issue.params.count;
    if (field === 'title') errors.title = issue.code === 'max-length' ? t('titleTooLong', { count: nf.format(limit || TITLE_MAX) }) : t('titleMissing');
    else if (field === 'date') errors.date = issue.code === 'missing' || issue.code === 'empty' ? t('dateMissing') : t('dateInvalid');
    else if (field === 'prompt') errors.prompt = t('promptTooLong', { count: nf.format(limit || PROMPT_MAX) });
  }
  if (!Object.keys(errors).length) errors[''] = explain(error);
  return errors;
}
function showErrors(errors) {
  const items = [];
  for (const field of FIELDS) {
    const input = $('new-' + field);
    const message = $('new-' + field + '-error');
    const text = errors[field];
    message.hidden = !text;
    message.lastChild.textContent = text ? ' ' + text : '';
    if (text) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
      const a = document.createElement('a');
      a.href = '#new-' + field;
      a.textContent = text;
      a.addEventListener('click', (e) => { e.preventDefault(); input.focus(); });
      const li = document.createElement('li');
      li.append(a);
      items.push(li);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  }
  if (errors['']) {
    const li = document.createElement('li');
    li.textContent = errors[''];
    items.push(li);
  }
  const summary = $('create-error');
  $('create-error-list').replaceChildren(...items);
  summary.hidden = items.length === 0;
  if (items.length) summary.focus();
}
$('create').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  const body = { title: String(form.get('title') || ''), date: String(form.get('date') || ''), moderation: String(form.get('moderation') || 'none') };
  const prompt = String(form.get('prompt') || '').trim();
  if (prompt) body.prompt = prompt;
  const errors = checkSession(body);
  if (Object.keys(errors).length) return showErrors(errors);
  try {
    const created = await api('POST', '/v1/admin/sessions', body);
    showErrors({});
    e.target.reset();
    announce(t('created'));
    await loadSessions(created.id);
    $('session').focus();
  } catch (error) {
    if (error && error.code === 'signed-out') return;
    showErrors(refusalErrors(error));
  }
});
loadSessions().catch(problem);
`;
