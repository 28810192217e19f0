/** Signing in with the admin token (the collector keeps the session in an HttpOnly cookie). */
import type { Localizer } from '@netweave/model';
import { html, nothing } from 'lit';
import type { ConsoleStrings } from '../strings.js';
import { describedBy, errorSummary, fieldError } from './errors.js';

export interface SignInView {
  readonly t: Localizer<ConsoleStrings>;
  /** What is wrong with the token (a field error), or a refusal that is not about the token. */
  readonly error: string;
  readonly problem: string;
  /** A notice above the form ("You have signed out."). */
  readonly notice: string;
  readonly busy: boolean;
  submit(event: Event): void;
}

export function renderSignIn(v: SignInView) {
  const { t } = v;
  const items = [
    ...(v.error ? [{ id: 'token', text: v.error }] : []),
    ...(v.problem ? [{ id: '', text: v.problem }] : []),
  ];
  return html`
    <h1 tabindex="-1">${t.t('signIn.title')}</h1>
    ${v.notice ? html`<div class="nw-notice nw-notice--success"><p>${v.notice}</p></div>` : nothing}
    ${errorSummary(t.t('summary.title'), items)}
    <p class="lede">${t.t('signIn.intro')}</p>
    <form class="panel" novalidate @submit=${v.submit}>
      <!-- For password managers, which store a token against a name. -->
      <input type="text" name="username" autocomplete="username" value="netweave-admin" hidden />
      <div class="field ${v.error ? 'field--error' : ''}">
        <label for="token">${t.t('token.label')}</label>
        <p class="hint" id="token-hint">${t.t('token.hint')}</p>
        ${fieldError('token', t.t('error.prefix'), v.error)}
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          spellcheck="false"
          aria-invalid=${v.error ? 'true' : 'false'}
          aria-describedby=${describedBy('token', true, !!v.error)}
        />
      </div>
      <button class="nw-button" type="submit" aria-disabled=${v.busy ? 'true' : 'false'}>
        ${t.t('signIn.button')}
      </button>
    </form>
  `;
}
