/** The console's own layout: the sessions list, the join panel and the moderation columns. */
import { css } from 'lit';
import { pageStyles } from './page.styles.js';

/** What only the console uses: radios, tags, the snippet, dates and longer text. */
const consoleExtras = css`
  input[type='date'] {
    width: auto;
    max-width: 100%;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .lede {
    font-size: 1.2em;
  }
  legend {
    font-size: 1.1em;
    margin-bottom: 0.5rem;
  }
  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    margin: 0 0 0.75rem;
  }
  .choice input {
    flex: none;
    width: 1.75rem;
    height: 1.75rem;
    margin: 0;
    accent-color: var(--_nw-primary);
  }
  .choice label {
    font-weight: 400;
    margin: 0;
    padding-top: 0.1rem;
  }
  .choice .hint {
    margin: 0.25rem 0 0;
  }
  .tag {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 700;
    line-height: 1.5;
    white-space: nowrap;
  }
  .tag--open {
    color: #005a2a;
    background: #cce5d8;
  }
  .tag--closed {
    color: #3d4448;
    background: #dbe0e3;
  }
  .stages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .stages li {
    margin: 0;
  }
  .stage-button[aria-pressed='true']::before {
    content: '✓ ';
  }
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
    letter-spacing: 0.08em;
  }
  pre {
    margin: 0 0 1rem;
    padding: 0.75rem;
    background: var(--_nw-surface-alt);
    border: 1px solid var(--_nw-border);
    font-size: 0.875rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

export const styles = [
  ...pageStyles,
  consoleExtras,
  css`
    .sessions,
    .counts,
    .posts {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .session {
      background: var(--_nw-surface);
      border: 1px solid var(--_nw-border);
      border-left: 6px solid var(--_nw-primary);
      padding: 1rem;
      margin: 0 0 1rem;
    }
    .session-title {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    @media (min-width: 40em) {
      .session-title {
        font-size: 1.5rem;
      }
    }
    .session-meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: center;
      margin: 0 0 0.5rem;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
      color: var(--_nw-on-surface-secondary);
      margin: 0 0 1rem;
    }
    .session .counts {
      margin: 0;
    }
    .back {
      margin: 0 0 1rem;
    }
    .back a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    .back a::before {
      content: '‹';
      margin-right: 0.4rem;
      font-size: 1.4em;
      line-height: 1;
    }
    .join-grid {
      display: grid;
      gap: 1rem 2rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 48em) {
      .join-grid {
        grid-template-columns: minmax(0, 1fr) auto;
      }
    }
    .join-code {
      font-size: clamp(2.25rem, 10vw, 3.5rem);
      font-weight: 700;
      line-height: 1.1;
      margin: 0 0 0.75rem;
    }
    .join-url {
      overflow-wrap: anywhere;
      font-size: 1.1em;
    }
    .copy {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0 0 1.5rem;
    }
    .copy .nw-button {
      margin-bottom: 4px;
    }
    .copied {
      font-weight: 700;
      color: var(--_nw-success);
    }
    .qr {
      margin: 0;
      justify-self: start;
    }
    .qr img {
      display: block;
      width: min(200px, 100%);
      height: auto;
      aspect-ratio: 1;
      background: #ffffff;
      border: 1px solid var(--_nw-border);
      padding: 8px;
      box-sizing: border-box;
    }
    .qr figcaption {
      max-width: 200px;
      margin-top: 0.5rem;
    }
    .connection {
      color: var(--_nw-on-surface-secondary);
    }
    /* Waiting posts are where the work is: a whole row on a tablet, the widest column on a wide
       screen; one column on a phone. The lists' text is a little smaller than the page's. */
    .columns {
      display: grid;
      gap: 1rem;
      grid-template-columns: minmax(0, 1fr);
      font-size: 1rem;
    }
    @media (min-width: 40em) {
      .columns {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .columns > :first-child {
        grid-column: 1 / -1;
      }
    }
    @media (min-width: 64em) {
      .columns {
        grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr) minmax(0, 1fr);
      }
      .columns > :first-child {
        grid-column: auto;
      }
    }
    details.embed {
      margin: 0.5rem 0 0;
    }
    details.embed > summary {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      cursor: pointer;
      color: var(--_nw-link);
      font-weight: 700;
      font-size: 1.125em;
    }
    details.embed > summary::before {
      content: '▸';
      margin-right: 0.4em;
      text-decoration: none;
    }
    details.embed[open] > summary::before {
      content: '▾';
    }
    details.embed > summary > span {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    details.embed[open] > summary {
      margin-bottom: 0.5rem;
    }
    .column {
      min-width: 0;
      background: var(--_nw-surface-alt);
      padding: 0.75rem;
    }
    .column h3 {
      font-size: 1.125rem;
    }
    .post {
      background: var(--_nw-surface);
      border: 1px solid var(--_nw-border);
      padding: 0.75rem;
      margin: 0 0 0.75rem;
    }
    .post:focus-visible {
      outline: 4px solid var(--_nw-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--_nw-focus-text);
      background: var(--_nw-surface);
      color: var(--_nw-on-surface);
    }
    .post-text {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0 0 0.5rem;
    }
    .post-meta,
    .held {
      font-size: 0.875em;
      color: var(--_nw-on-surface-secondary);
      margin: 0 0 0.5rem;
    }
    .held {
      color: var(--_nw-on-surface);
      border-left: 4px solid #ffb81c;
      padding-left: 0.5rem;
    }
    .post-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .nw-button.small {
      min-height: 36px;
      padding: 0.25em 0.75em;
      font-size: 0.9375em;
    }
    .edit .field {
      margin-bottom: 1rem;
    }
    .screening {
      font-weight: 700;
      border-left: 4px solid #ffb81c;
      padding-left: 0.5rem;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
    }
    .downloads a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
    }
    @media (forced-colors: active) {
      .session,
      .post,
      .column {
        border: 1px solid CanvasText;
      }
    }
  `,
];
