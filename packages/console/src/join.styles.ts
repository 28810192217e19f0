/** The participant page: mobile first, one column, the code box large enough to read at arm's length. */
import { css } from 'lit';
import { pageStyles } from './page.styles.js';

export const styles = [
  ...pageStyles,
  css`
    main,
    .bar {
      max-width: 48rem;
    }
    input.code-input {
      font-size: 1.5rem;
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', Menlo, Consolas, monospace;
      letter-spacing: 0.15em;
      text-transform: uppercase;
      max-width: 12rem;
    }
    .loading {
      font-size: 1.2em;
    }
    netweave-provider {
      display: block;
    }
    /* The kit's "box-sizing: inherit" on every element here would reach the widgets' hosts too,
       which inherit from the provider's slot (content-box): keep theirs. */
    netweave-provider > * {
      box-sizing: border-box;
    }
    .code {
      font-weight: 700;
    }
    .stage-news:not(.nw-notice) p {
      margin: 0;
    }
    .stage-news .nw-button {
      margin: 0;
    }
  `,
];
