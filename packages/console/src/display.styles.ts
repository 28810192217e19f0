/**
 * The projector page: read across a room. The code and the countdown are very large; the join
 * part and the round sit side by side on a wide screen and stack on a narrow one; the boards
 * take the width below. No motion of its own (the shared reduced-motion rule stays).
 */
import { css } from 'lit';
import { pageStyles } from './page.styles.js';

export const styles = [
  ...pageStyles,
  css`
    main {
      max-width: none;
      padding: 1rem clamp(1rem, 3vw, 3rem) 2rem;
    }
    .top {
      display: grid;
      gap: 1rem 3rem;
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
      margin: 0 0 1.5rem;
    }
    @media (min-width: 60em) {
      .top {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
      .top h1 {
        grid-column: 1 / -1;
      }
    }
    .top h1 {
      font-size: clamp(1.75rem, 4vw, 3.5rem);
      margin: 0;
    }
    .join {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem 2rem;
      align-items: center;
    }
    .join-text {
      min-width: 0;
    }
    .join-line {
      font-size: clamp(1.25rem, 2.5vw, 2rem);
      margin: 0 0 0.5rem;
      overflow-wrap: anywhere;
    }
    .code-label {
      margin: 0;
      font-size: clamp(1rem, 2vw, 1.5rem);
      color: var(--_nw-on-surface-secondary);
    }
    .code {
      margin: 0;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
      font-weight: 700;
      letter-spacing: 0.08em;
      line-height: 1.1;
      font-size: clamp(2.5rem, 9vw, 7rem);
      white-space: nowrap;
    }
    .qr {
      margin: 0;
    }
    .qr img {
      display: block;
      width: clamp(8rem, 20vw, 15rem);
      height: auto;
      aspect-ratio: 1;
      background: #ffffff;
      border: 1px solid var(--_nw-border);
    }
    .qr figcaption {
      margin-top: 0.25rem;
      font-size: clamp(0.875rem, 1.5vw, 1.25rem);
    }
    .round {
      background: var(--_nw-surface);
      border: 1px solid var(--_nw-border);
      padding: 1rem 1.5rem;
    }
    .round-name {
      font-size: clamp(1.25rem, 2.5vw, 2.25rem);
      margin: 0 0 0.25rem;
    }
    .clock {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 1rem;
      margin: 0;
    }
    .clock-label {
      font-size: clamp(1rem, 2vw, 1.5rem);
      color: var(--_nw-on-surface-secondary);
    }
    .clock-time {
      font-size: clamp(3rem, 14vw, 9rem);
      font-weight: 700;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }
    .round-status {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      margin: 0.5rem 0 0;
      font-size: clamp(1rem, 2vw, 1.75rem);
    }
    .tag {
      display: inline-block;
      padding: 0.1rem 0.6rem;
      border: 1px solid currentColor;
      font-weight: 700;
    }
    .tag--paused {
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
      border-left: 6px solid #ffb81c;
      padding-left: 0.5rem;
    }
    .loading {
      font-size: 1.5em;
    }
    netweave-provider {
      display: block;
    }
    netweave-provider > * {
      box-sizing: border-box;
    }
    /* The page shows the round and its countdown, large, above the boards: not twice. */
    netweave-triz-board::part(round) {
      display: none;
    }
    @media (forced-colors: active) {
      .round,
      .tag {
        border-color: CanvasText;
      }
    }
  `,
];
