/**
 * The look both pages share, on core's theme tokens: an NHS service's blue header, a type scale
 * (16 px text on phones, 19 px on wider screens; headings 32/48, 24/32, 20/24), spacing on a 4 px
 * grid, white panels on the grey page, forms and error summaries as NHS services show them.
 */
import { baseStyles } from '@netweave/core';
import { css } from 'lit';

export const pageStyles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      --_nw-font-size: var(--netweave-font-size, 1rem);
      --_page: var(--netweave-colour-page, #f0f4f5);
      --_brand-text: #ffffff;
      min-height: 100vh;
      background: var(--_page);
      color: var(--_nw-on-surface);
      overflow-wrap: break-word;
    }
    @media (min-width: 40em) {
      :host {
        --_nw-font-size: var(--netweave-font-size, 1.1875rem);
      }
    }
    [hidden] {
      display: none !important;
    }
    header {
      background: var(--_nw-primary);
      color: var(--_brand-text);
    }
    .bar {
      box-sizing: border-box;
      max-width: 60rem;
      margin: 0 auto;
      padding: 0.75rem 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: center;
      justify-content: space-between;
    }
    .brand {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75rem;
      font-size: 1.25rem;
      line-height: 1.3;
    }
    .brand b {
      font-size: 1.5rem;
      letter-spacing: -0.01em;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
    }
    header .nw-link-button,
    header a {
      color: var(--_brand-text);
      font-weight: 600;
      min-height: 44px;
      display: inline-flex;
      align-items: center;
    }
    main {
      box-sizing: border-box;
      display: block;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
    main:focus {
      outline: none;
    }
    h1,
    h2,
    h3 {
      font-weight: 700;
      margin: 0 0 1rem;
      line-height: 1.2;
    }
    h1 {
      font-size: 2rem;
      margin-bottom: 1.5rem;
    }
    h2 {
      font-size: 1.5rem;
    }
    h3 {
      font-size: 1.25rem;
      margin-bottom: 0.5rem;
    }
    @media (min-width: 40em) {
      h1 {
        font-size: 3rem;
        margin-bottom: 2rem;
      }
      h2 {
        font-size: 2rem;
      }
      h3 {
        font-size: 1.5rem;
      }
      main {
        padding: 2.5rem 1.5rem 4rem;
      }
    }
    /* Headings and the main area take the keyboard only to be read from (tabindex=-1): no
       focus style, as NHS services do; the error summary keeps its own. */
    [tabindex='-1']:focus,
    [tabindex='-1']:focus-visible {
      outline: none;
      background: none;
      box-shadow: none;
      color: inherit;
    }
    p {
      margin: 0 0 1rem;
    }
    .hint {
      color: var(--_nw-on-surface-secondary);
      margin: 0 0 0.5rem;
    }
    a {
      color: var(--_nw-link);
    }
    .panel {
      background: var(--_nw-surface);
      border: 1px solid var(--_nw-border);
      padding: 1rem;
      margin: 0 0 1.5rem;
    }
    @media (min-width: 40em) {
      .panel {
        padding: 1.5rem;
      }
    }
    .panel > :last-child {
      margin-bottom: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1rem;
      align-items: center;
      margin: 0 0 1.5rem;
    }
    .actions > * {
      margin-top: 0;
    }
    .nw-button {
      max-width: 100%;
      text-align: center;
    }
    .nw-link-button {
      min-height: 44px;
      display: inline-flex;
      align-items: center;
      font-weight: 600;
    }
    /* Forms */
    .field {
      margin: 0 0 1.5rem;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .field--error {
      border-left: 4px solid var(--_nw-error);
      padding-left: 1rem;
    }
    label,
    legend {
      display: block;
      font-weight: 700;
      margin: 0 0 0.25rem;
      padding: 0;
    }
    input[type='text'],
    input[type='password'],
    input[type='date'],
    input[type='url'],
    textarea {
      box-sizing: border-box;
      font: inherit;
      color: var(--_nw-on-surface);
      background: var(--_nw-surface);
      border: 2px solid var(--_nw-border-form);
      border-radius: 0;
      padding: 0.25rem 0.5rem;
      min-height: 44px;
      width: 100%;
      max-width: 36rem;
    }
    [aria-invalid='true'] {
      border-color: var(--_nw-error);
    }
    .error-message {
      display: block;
      color: var(--_nw-error);
      font-weight: 700;
      margin: 0 0 0.5rem;
    }
    .error-summary {
      border: 4px solid var(--_nw-error);
      background: var(--_nw-surface);
      padding: 1rem;
      margin: 0 0 2rem;
    }
    .error-summary:focus,
    .error-summary:focus-visible {
      outline: 4px solid var(--_nw-focus);
      outline-offset: 0;
      background: var(--_nw-surface);
      color: var(--_nw-on-surface);
    }
    .error-summary h2 {
      font-size: 1.5rem;
      margin-bottom: 0.75rem;
    }
    .error-summary ul {
      margin: 0;
      padding-left: 0;
      list-style: none;
    }
    .error-summary li + li {
      margin-top: 0.5rem;
    }
    .error-summary a {
      color: var(--_nw-error);
      font-weight: 700;
    }
    @media (forced-colors: active) {
      header {
        border-bottom: 2px solid CanvasText;
      }
      .tag,
      .panel,
      .error-summary {
        border-color: CanvasText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }
  `,
];
