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

/** TRIZ: the session form's numbers, the round panel and the groups' boards. */
const trizStyles = css`
  input.input-number {
    max-width: 6rem;
  }
  fieldset.triz > .field:last-child {
    margin-bottom: 0;
  }
  .minutes {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  .minutes .field {
    margin-bottom: 1rem;
  }
  select {
    box-sizing: border-box;
    font: inherit;
    color: var(--_nw-on-surface);
    background: var(--_nw-surface);
    border: 2px solid var(--_nw-border-form);
    border-radius: 0;
    min-height: 44px;
    padding: 0.25rem 0.5rem;
    max-width: 100%;
  }
  .round-grid {
    display: grid;
    gap: 1rem 2rem;
    grid-template-columns: minmax(0, 1fr);
    margin-bottom: 1rem;
  }
  @media (min-width: 48em) {
    .round-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .agenda {
    margin: 0;
    padding-left: 1.5rem;
  }
  .agenda li {
    margin: 0 0 0.5rem;
  }
  .agenda li[aria-current] {
    font-weight: 700;
  }
  .agenda-minutes {
    color: var(--_nw-on-surface-secondary);
    white-space: nowrap;
  }
  .agenda-minutes::before {
    content: '· ';
  }
  .round-name {
    font-size: 1.25em;
    font-weight: 700;
    margin: 0 0 0.25rem;
  }
  .clock {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75rem;
    margin: 0 0 0.5rem;
  }
  .clock-time {
    font-size: clamp(2.5rem, 12vw, 4rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .round-status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .tag--now,
  .tag--running {
    color: #005a2a;
    background: #cce5d8;
  }
  .tag--paused,
  .tag--ready {
    color: #3d4448;
    background: #dbe0e3;
  }
  .tag--up,
  .tag--ended {
    color: #6b1c08;
    background: #f7d7d0;
  }
  .locked {
    font-weight: 700;
    border-left: 4px solid #ffb81c;
    padding-left: 0.5rem;
  }
  .round-controls {
    margin-bottom: 0.5rem;
  }
  .round-pick {
    margin-top: 1rem;
  }
  .round-pick-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: center;
  }
  .round-pick-row .nw-button {
    margin: 0;
  }
  /* Each group's board side by side on a tablet or wider; stacked on a phone. */
  .groups-grid {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    font-size: 1rem;
  }
  .group {
    min-width: 0;
    background: var(--_nw-surface-alt);
    padding: 0.75rem;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1rem;
  }
  .group h3 {
    font-size: 1.25rem;
    margin: 0;
  }
  .group-counts {
    margin-top: 0.25rem;
  }
  .rename {
    margin: 0.5rem 0;
  }
  .rename .field {
    margin-bottom: 0.75rem;
  }
  .rename .actions {
    margin-bottom: 0.5rem;
  }
  h4.state {
    font-size: 1rem;
    margin: 1rem 0 0.5rem;
  }
  .state .colour {
    font-weight: 400;
    color: var(--_nw-on-surface-secondary);
  }
  .state .count::before {
    content: '· ';
  }
  .icon::before {
    display: inline-block;
    min-width: 1.2em;
    color: var(--_col);
  }
  .state-worst {
    --_col: #8a6d00;
    --_note: #fff7bf;
    --_pattern: dashed;
  }
  .state-worst .icon::before {
    content: '\\25B2';
  }
  .state-already {
    --_col: #b0285f;
    --_note: #ffe0ee;
    --_pattern: dotted;
  }
  .state-already .icon::before {
    content: '\\25CF';
  }
  .state-stop {
    --_col: #2e7d32;
    --_note: #ddf3dc;
    --_pattern: solid;
  }
  .state-stop .icon::before {
    content: '\\2714';
  }
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .note {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 6px var(--_pattern) var(--_col);
    --_bg: var(--_note);
    background: var(--_bg);
    color: #212b32;
    overflow-wrap: anywhere;
    --_nw-on-surface-secondary: #3b4a55;
  }
  .note.status-hidden,
  .note.status-pending {
    --_bg: var(--_nw-surface);
    outline: 2px dashed #768692;
    outline-offset: -2px;
  }
  .note p {
    margin: 0 0 0.5rem;
  }
  .note-text {
    font-weight: 600;
  }
  .note-meta {
    font-size: 0.875em;
  }
  .note-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .note-actions .move {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: flex-end;
  }
  .note-actions label {
    flex-basis: 100%;
    font-weight: 400;
    font-size: 0.875em;
    margin: 0;
  }
  .note-actions select {
    min-height: 36px;
    min-width: 0;
    flex: 1 1 5rem;
  }
  .note-actions .nw-button {
    margin: 0;
  }
  .note-actions .nw-button--secondary {
    background: #ffffff;
  }
  /* A note takes the keyboard when it has moved to another group: shown, with its colours kept. */
  .note:focus,
  .note:focus-visible {
    outline: 4px solid var(--_nw-focus);
    background: var(--_bg);
    color: #212b32;
  }
  @media (forced-colors: active) {
    .note,
    .group {
      border: 1px solid CanvasText;
    }
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
    .post-text.fu-answer {
      font-weight: 700;
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
  trizStyles,
];
