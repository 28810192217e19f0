/** The moderation page's HTML (server-rendered shell; the list is filled in by app.js). */
import type { AdminStrings } from './strings.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function shell(s: AdminStrings, body: string, otherLangHref: string): string {
  return `<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(s.title)}</title>
<link rel="stylesheet" href="/admin/app.css">
</head>
<body>
<a class="skip" href="#main">${escapeHtml(s.skip)}</a>
<header class="bar">
<p class="brand">${escapeHtml(s.title)}</p>
<a href="${otherLangHref}" lang="${s.lang === 'cy' ? 'en' : 'cy'}" hreflang="${s.lang === 'cy' ? 'en' : 'cy'}">${escapeHtml(s.otherLanguage)}</a>
</header>
${body}
</body>
</html>`;
}

export function signInPage(s: AdminStrings, options: { error?: boolean }): string {
  const other = s.lang === 'cy' ? '/admin?lang=en' : '/admin?lang=cy';
  const error = options.error
    ? `<div class="notice notice--error" role="alert" id="token-error"><span class="visually-hidden">${escapeHtml(s.errorPrefix)}</span> ${escapeHtml(s.badToken)}</div>`
    : '';
  return shell(
    s,
    `<main id="main" tabindex="-1">
<h1>${escapeHtml(s.signInTitle)}</h1>
<form method="post" action="/admin/login" class="stack">
<input type="hidden" name="lang" value="${s.lang}">
<div class="field">
<label for="token">${escapeHtml(s.tokenLabel)}</label>
<p class="hint" id="token-hint">${escapeHtml(s.tokenHint)}</p>
${error}
<input id="token" name="token" type="password" autocomplete="current-password" required aria-describedby="token-hint${options.error ? ' token-error' : ''}"${options.error ? ' aria-invalid="true" autofocus' : ''}>
</div>
<button class="button" type="submit">${escapeHtml(s.signIn)}</button>
</form>
</main>`,
    other,
  );
}

export function appPage(s: AdminStrings): string {
  const other = s.lang === 'cy' ? '/admin?lang=en' : '/admin?lang=cy';
  const strings = JSON.stringify(s).replace(/</g, '\\u003c');
  const column = (
    status: 'pending' | 'visible' | 'hidden',
  ) => `<section class="column" aria-labelledby="h-${status}">
<h3 id="h-${status}" tabindex="-1">${escapeHtml(s[status])} (<span data-count="${status}">0</span>)</h3>
<ul class="posts" id="list-${status}" data-status="${status}"></ul>
<p class="empty" data-empty="${status}">${escapeHtml(s.empty)}</p>
</section>`;
  const field = (name: string, label: string, control: string) =>
    `<div class="field"><label for="new-${name}">${escapeHtml(label)}</label><p class="field-error" id="new-${name}-error" hidden><span class="visually-hidden">${escapeHtml(s.errorPrefix)}</span><span></span></p>${control}</div>`;
  return shell(
    s,
    `<main id="main" tabindex="-1">
<h1>${escapeHtml(s.title)}</h1>
<div id="announcer" class="visually-hidden" role="status" aria-live="polite"></div>
<div id="problem" class="notice notice--error" role="alert" hidden></div>
<section aria-labelledby="h-sessions">
<h2 id="h-sessions">${escapeHtml(s.sessions)}</h2>
<p id="no-sessions" hidden>${escapeHtml(s.noSessions)}</p>
<div id="session-controls" class="stack" hidden>
<div class="row">
<div class="field"><label for="session">${escapeHtml(s.session)}</label><select id="session"></select></div>
<button class="button button--secondary" type="button" id="toggle"></button>
<a class="button button--secondary" id="csv-responses" href="#" download>${escapeHtml(s.exportResponses)}</a>
<a class="button button--secondary" id="csv-commitments" href="#" download>${escapeHtml(s.exportCommitments)}</a>
</div>
<p><span class="session-name" id="session-name"></span> · <span id="session-when"></span><br><span id="session-state"></span></p>
</div>
</section>
<section aria-labelledby="h-commitments" id="moderation" hidden>
<h2 id="h-commitments">${escapeHtml(s.commitments)}</h2>
<p class="hint" id="keys-help">${escapeHtml(s.keys)} <span id="connection"></span></p>
<p><button type="button" class="button button--small button--secondary" id="pause" aria-pressed="false">${escapeHtml(s.pause)}</button></p>
<div class="columns">${column('pending')}${column('visible')}${column('hidden')}</div>
</section>
<section aria-labelledby="h-new">
<h2 id="h-new">${escapeHtml(s.newSession)}</h2>
<form id="create" class="stack" novalidate>
<div id="create-error" class="error-summary" role="group" aria-labelledby="create-error-title" tabindex="-1" hidden>
<h3 id="create-error-title">${escapeHtml(s.problemTitle)}</h3>
<ul id="create-error-list"></ul>
</div>
${field('title', s.titleLabel, '<input id="new-title" name="title" required maxlength="200">')}
${field('date', s.dateLabel, '<input id="new-date" name="date" type="date" required>')}
${field('prompt', s.promptLabel, '<textarea id="new-prompt" name="prompt" maxlength="2000" rows="2"></textarea>')}
<fieldset class="field"><legend>${escapeHtml(s.moderationLabel)}</legend>
<label class="choice"><input type="radio" name="moderation" value="none" checked> ${escapeHtml(s.modNone)}</label>
<label class="choice"><input type="radio" name="moderation" value="pre"> ${escapeHtml(s.modPre)}</label>
<label class="choice"><input type="radio" name="moderation" value="post"> ${escapeHtml(s.modPost)}</label>
</fieldset>
<button class="button" type="submit">${escapeHtml(s.create)}</button>
</form>
</section>
<form method="post" action="/admin/logout" class="signout"><input type="hidden" name="lang" value="${s.lang}"><button class="button button--secondary" type="submit">${escapeHtml(s.signOut)}</button></form>
</main>
<script type="application/json" id="nw-strings">${strings}</script>
<script type="module" src="/admin/app.js"></script>`,
    other,
  );
}
