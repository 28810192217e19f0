import { css } from 'lit';
import { baseStyles } from '@netweave/core';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: block;
      --_sa-max: var(--netweave-self-assessment-max-width, var(--_nw-max-width));
      --_sa-gap: var(--netweave-self-assessment-question-gap, 2rem);
    }
    .base {
      max-width: var(--_sa-max);
      /* A 400-character "word" typed by someone must wrap, not widen the partner's page. */
      overflow-wrap: anywhere;
    }
    h2,
    h3,
    h4 {
      line-height: 1.25;
      margin: 0 0 0.75rem;
    }
    h2 {
      font-size: 1.75em;
    }
    h3 {
      font-size: 1.35em;
    }
    h4 {
      font-size: 1.1em;
    }
    p {
      margin: 0 0 1rem;
    }
    .question {
      border: 0;
      margin: 0 0 var(--_sa-gap);
      padding: 0;
      min-width: 0;
    }
    .question--error,
    .error-summary {
      border-left: 4px solid var(--_nw-error);
      padding-left: 1rem;
    }
    legend {
      padding: 0;
    }
    .hint,
    .progress {
      color: var(--_nw-text-secondary);
    }
    .error {
      color: var(--_nw-error);
      font-weight: 600;
    }
    .error-summary {
      border: 4px solid var(--_nw-error);
      padding: 1rem;
      margin-bottom: var(--_sa-gap);
    }
    .error-summary a {
      color: var(--_nw-error);
      font-weight: 600;
    }
    .error-summary a:focus-visible,
    a:focus-visible {
      color: var(--_nw-focus-text);
    }
    .scale {
      display: grid;
      gap: 0.5rem;
    }
    .radio,
    .check {
      display: flex;
      align-items: flex-start;
      gap: 0.5rem;
      min-height: 2rem;
      cursor: pointer;
    }
    .radio--unsure {
      margin-top: 0.5rem;
    }
    .check {
      flex-wrap: wrap;
      margin-bottom: 1.5rem;
    }
    .check .hint {
      flex-basis: 100%;
      margin: 0 0 0 2.5rem;
    }
    input[type='radio'],
    input[type='checkbox'] {
      width: 2rem;
      height: 2rem;
      margin: 0;
      flex: none;
      accent-color: var(--_nw-text);
    }
    .radio span,
    .check label {
      padding-top: 0.25rem;
    }
    label,
    .label {
      display: block;
      font-weight: 600;
      margin: 1rem 0 0.25rem;
    }
    .radio,
    .check label {
      font-weight: normal;
      margin: 0;
    }
    textarea,
    select,
    input:not([type]) {
      display: block;
      width: 100%;
      max-width: 32rem;
      min-height: 2.75rem;
      padding: 0.25rem 0.5rem;
      border: 2px solid var(--_nw-border-form);
      border-radius: 0;
      font: inherit;
      color: var(--_nw-on-surface);
      background: var(--_nw-surface);
    }
    .nav,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      margin: 1.5rem 0;
    }
    .confirm {
      flex-basis: 100%;
    }
    .confirm p {
      margin-bottom: 1rem;
    }
    a {
      color: var(--_nw-link);
    }
    [tabindex='-1']:focus,
    [tabindex='-1']:focus-visible {
      outline: none;
      background: none;
      color: inherit;
      box-shadow: none;
    }
    .error-summary:focus,
    .error-summary:focus-visible {
      outline: 4px solid var(--_nw-focus);
    }
    @media (forced-colors: active) {
      .error-summary {
        border-color: CanvasText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
        scroll-behavior: auto !important;
      }
    }
    @media print {
      .actions {
        display: none;
      }
    }
  `,
];
