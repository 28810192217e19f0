import { baseStyles } from '@netweave/core';
import { css } from 'lit';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      --_card-bg: var(--netweave-commitments-wall-card-background, var(--_nw-surface));
      --_card-width: var(--netweave-commitments-wall-card-width, 16rem);
      --_display-size: var(--netweave-commitments-wall-display-size, clamp(1.75rem, 4vw, 3.5rem));
    }
    :host([hidden]) {
      display: none;
    }
    h2 {
      margin: 0 0 var(--_nw-space);
      font-size: 1.5em;
      line-height: 1.25;
    }
    h3 {
      margin: 0;
      font-size: 1.2em;
    }
    p {
      margin: 0 0 0.5em;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25em;
    }
    .prompt {
      font-size: 1.2em;
    }
    .hint,
    .count,
    .meta,
    .note {
      color: var(--_nw-text-secondary);
    }
    textarea,
    select,
    input {
      font: inherit;
      color: var(--_nw-on-surface);
      background: var(--_nw-surface);
      border: 2px solid var(--_nw-border-form);
      border-radius: 0;
      min-height: 44px;
      padding: 0.25em 0.5em;
      max-width: 100%;
    }
    textarea {
      display: block;
      width: 100%;
      max-width: var(--_nw-max-width);
      resize: vertical;
    }
    .form {
      margin-bottom: calc(var(--_nw-space) * 1.5);
    }
    .field {
      margin-bottom: var(--_nw-space);
    }
    /* Flex items may shrink below their longest menu option (Welsh sector names made the page
       419–641 px wide on a 320 px phone); each menu then fits its field. */
    .row > *,
    .toolbar > *,
    .filters > * {
      min-width: 0;
    }
    .field--error {
      border-left: 4px solid var(--_nw-error);
      padding-left: 0.75em;
    }
    .field--error textarea {
      border-color: var(--_nw-error);
    }
    .error-message,
    .count--over {
      color: var(--_nw-error);
      font-weight: 600;
    }
    .row,
    .toolbar,
    .filters,
    .controls,
    .actions,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em var(--_nw-space);
      align-items: flex-end;
    }
    .toolbar {
      align-items: center;
      border-top: 1px solid var(--_nw-border);
      padding-top: var(--_nw-space);
      margin-bottom: var(--_nw-space);
    }
    .toolbar .field,
    .toolbar p {
      margin: 0;
    }
    .total {
      font-weight: 600;
    }
    .cards {
      list-style: none;
      margin: 0 0 var(--_nw-space);
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-width)), 1fr));
      gap: var(--_nw-space);
      align-items: start;
    }
    time {
      white-space: nowrap;
    }
    .card {
      content-visibility: auto;
      contain-intrinsic-size: auto 9rem;
      padding: 0.75em 1em;
      background: var(--_col-card, var(--_card-bg));
      color: var(--_nw-on-surface);
      --_nw-text-secondary: var(--_nw-on-surface-secondary);
      --_nw-link: var(--_nw-on-surface-link);
      border: 1px solid var(--_nw-border);
      border-left: 6px solid var(--_col, var(--_nw-primary));
      border-radius: var(--_nw-radius);
      overflow-wrap: anywhere;
    }
    .card.pending {
      border-style: dashed;
    }
    .text {
      unicode-bidi: plaintext;
      white-space: pre-line;
      font-size: 1.1em;
    }
    .note {
      font-style: italic;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
      font-size: 0.9em;
    }
    .actions {
      align-items: baseline;
    }
    .react[aria-pressed='true'] {
      font-weight: 600;
      text-decoration: none;
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .react[aria-pressed='true'] {
        border: 2px solid ButtonText;
      }
    }
  `,
];
