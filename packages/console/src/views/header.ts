/** The pages' NHS-blue header: the service's name, the language switch, and (signed in) sign-out. */
import { html, nothing } from 'lit';

export interface HeaderView {
  readonly service: string;
  /** The page's name beside the service's (the console's). */
  readonly page?: string;
  /** The other language's code and its own name for itself ("Cymraeg", "English"). */
  readonly other: 'en' | 'cy';
  readonly otherName: string;
  switchLanguage(event: Event): void;
  readonly signOut?: { label: string; click(): void } | undefined;
}

export function renderHeader(v: HeaderView) {
  return html`<header>
    <div class="bar">
      <p class="brand"><b>${v.service}</b> ${v.page ? html`<span>${v.page}</span>` : nothing}</p>
      <div class="tools">
        <a href="?lang=${v.other}" lang=${v.other} hreflang=${v.other} @click=${v.switchLanguage}
          >${v.otherName}</a
        >
        ${
          v.signOut
            ? html`<button class="nw-link-button" type="button" id="sign-out" @click=${v.signOut.click}>
                ${v.signOut.label}
              </button>`
            : nothing
        }
      </div>
    </div>
  </header>`;
}
