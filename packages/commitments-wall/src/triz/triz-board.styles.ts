import { baseStyles } from '@netweave/core';
import { css } from 'lit';

/**
 * The board's styles. Each state has its colour, its name, an icon and a border pattern (dashed
 * yellow, dotted pink, solid green), so no one needs to tell colours apart. Notes are light
 * whatever the page's theme, so their text stays dark.
 */
export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      --_note-width: var(--netweave-triz-board-note-width, 16rem);
      --_display-size: var(--netweave-triz-board-display-size, clamp(1rem, 1.6vw, 1.75rem));
      --_clock-size: var(--netweave-triz-board-clock-size, clamp(2.5rem, 9vw, 7rem));
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
      margin: 0 0 0.5em;
      font-size: 1.2em;
      line-height: 1.3;
    }
    p {
      margin: 0 0 0.5em;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25em;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_nw-focus-text);
      outline-offset: 2px;
    }
    textarea {
      display: block;
      width: 100%;
      max-width: var(--_nw-max-width);
      min-height: 44px;
      padding: 0.25em 0.5em;
      font: inherit;
      color: var(--_nw-on-surface);
      background: var(--_nw-surface);
      border: 2px solid var(--_nw-border-form);
      border-radius: 0;
      resize: vertical;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_nw-error);
    }
    textarea[readonly] {
      background: var(--_nw-surface-alt);
    }
    .hint,
    .meta {
      color: var(--_nw-text-secondary);
    }
    .error-message {
      color: var(--_nw-error);
      font-weight: 600;
    }
    .group-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      align-items: baseline;
    }
    .picker ul,
    .notes {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .picker ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-bottom: var(--_nw-space);
    }
    .round {
      margin: 0 0 var(--_nw-space);
      padding: 0.75em 1em;
      border-left: 6px solid var(--_nw-primary);
      background: var(--_nw-surface-alt);
      color: var(--_nw-on-surface);
      --_nw-text-secondary: var(--_nw-on-surface-secondary);
    }
    .clock {
      font-size: 1.25em;
      font-weight: 600;
    }
    .time {
      font-variant-numeric: tabular-nums;
    }
    .status {
      font-weight: 600;
    }
    .add {
      margin: 0 0 var(--_nw-space);
    }
    .add textarea {
      margin-bottom: 0.5em;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_note-width)), 1fr));
      gap: var(--_nw-space);
      align-items: start;
    }
    .section {
      min-width: 0;
      padding: 0.75em;
      border-top: 6px var(--_pattern) var(--_col);
      background: var(--_nw-surface-alt);
      color: var(--_nw-on-surface);
      --_nw-text-secondary: var(--_nw-on-surface-secondary);
      --_nw-link: var(--_nw-on-surface-link);
    }
    .colour {
      display: block;
      font-size: 0.8em;
      font-weight: 400;
      color: var(--_nw-text-secondary);
    }
    .icon::before {
      display: inline-block;
      min-width: 1.2em;
      margin-inline-end: 0.2em;
      text-align: center;
      color: var(--_col);
    }
    .state-worst {
      --_col: #8a6d00;
      --_note: #fff7bf;
      --_pattern: dashed;
    }
    .state-worst .icon::before {
      content: '\\25B2'; /* a triangle: a warning */
    }
    .state-already {
      --_col: #b0285f;
      --_note: #ffe0ee;
      --_pattern: dotted;
    }
    .state-already .icon::before {
      content: '\\25CF'; /* a dot: we do this */
    }
    .state-stop {
      --_col: #2e7d32;
      --_note: #ddf3dc;
      --_pattern: solid;
    }
    .state-stop .icon::before {
      content: '\\2714'; /* a tick: a first step */
    }
    .note {
      margin: 0 0 0.75em;
      padding: 0.6em 0.75em;
      border-left: 6px var(--_pattern) var(--_col);
      background: var(--_note);
      color: #212b32;
      overflow-wrap: anywhere;
      --_nw-text-secondary: #3b4a55;
      --_nw-secondary-button: #005eb8;
    }
    .note .text {
      font-weight: 600;
    }
    .note .nw-button {
      min-height: 36px;
      font-size: 0.95em;
      padding: 0.25em 0.75em;
    }
    .note .nw-button--secondary {
      background: #fff;
    }
    /* On a light note the error red needs a white ground to keep its contrast. */
    .note .error-message {
      padding: 0.25em 0.5em;
      border-left: 4px solid var(--_nw-error);
      background: #fff;
    }
    .note form {
      margin-top: 0.5em;
    }
    .note textarea {
      margin-bottom: 0.5em;
    }
    .empty {
      color: var(--_nw-text-secondary);
    }
    .projector {
      font-size: var(--_display-size);
    }
    .projector .clock {
      margin: 0;
      line-height: 1.1;
    }
    .projector .time {
      display: block;
      font-size: var(--_clock-size);
    }
    .projector .round {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 2em;
      align-items: center;
      justify-content: space-between;
    }
    .groups {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 18em), 1fr));
      gap: var(--_nw-space);
      align-items: start;
    }
    .group {
      padding: 0.5em 0.75em;
      border: 2px solid var(--_nw-border);
      min-width: 0;
    }
    .groups .note {
      padding: 0.3em 0.5em;
      margin-bottom: 0.4em;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      list-style: none;
      padding: 0;
      margin: 0 0 0.5em;
    }
    @media (prefers-reduced-motion: no-preference) {
      .note {
        animation: nw-arrive 300ms ease-out;
      }
    }
    /* A ring that fades: the note's own colours (and their contrast) never change. */
    @keyframes nw-arrive {
      from {
        box-shadow: 0 0 0 4px var(--_col);
      }
    }
    @media (forced-colors: active) {
      .section,
      .note,
      .round,
      .group {
        border-color: CanvasText;
      }
      .icon::before {
        color: CanvasText;
      }
    }
  `,
];
