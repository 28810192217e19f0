/**
 * Theme tokens and shared styles. Public knobs are `--netweave-*` custom properties; each falls
 * back to nhsuk-frontend's variable where an NHS host defines it, then to a neutral default.
 * Inside components use the private `--_nw-*` copies. Fonts and text colour inherit from the host.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_nw-text: var(--netweave-colour-text, var(--nhsuk-text-colour, currentColor));
    /* Outside its own surfaces a widget takes the page's text colour (light on a dark page), so
       its secondary text is mixed from it. Where it paints a surface it uses the pair below. */
    --_nw-text-secondary: var(
      --netweave-colour-text-secondary,
      var(--nhsuk-secondary-text-colour, color-mix(in srgb, currentColor 78%, transparent))
    );
    /* Text on the widget's own surfaces: always set together with --netweave-colour-surface. */
    --_nw-on-surface: var(--netweave-colour-text, var(--nhsuk-text-colour, #212b32));
    --_nw-on-surface-secondary: var(
      --netweave-colour-text-secondary,
      var(--nhsuk-secondary-text-colour, #4c6272)
    );
    --_nw-on-surface-link: var(--netweave-colour-surface-link, var(--nhsuk-link-colour, #005eb8));
    --_nw-link: var(--netweave-colour-link, var(--nhsuk-link-colour, #005eb8));
    --_nw-primary: var(--netweave-colour-primary, var(--nhsuk-brand-colour, #005eb8));
    --_nw-button: var(--netweave-colour-button, var(--nhsuk-button-colour, #007f3b));
    --_nw-button-text: var(--netweave-colour-button-text, var(--nhsuk-button-text-colour, #ffffff));
    --_nw-button-shadow: var(--netweave-colour-button-shadow, var(--nhsuk-button-shadow-colour, #00401e));
    --_nw-secondary-button: var(
      --netweave-colour-secondary-button,
      var(--nhsuk-secondary-button-colour, #005eb8)
    );
    --_nw-focus: var(--netweave-colour-focus, var(--nhsuk-focus-colour, #ffeb3b));
    --_nw-focus-text: var(--netweave-colour-focus-text, var(--nhsuk-focus-text-colour, #212b32));
    --_nw-error: var(--netweave-colour-error, var(--nhsuk-error-colour, #d5281b));
    --_nw-success: var(--netweave-colour-success, var(--nhsuk-success-colour, #007f3b));
    --_nw-border: var(--netweave-colour-border, var(--nhsuk-border-colour, #d8dde0));
    --_nw-border-form: var(--netweave-colour-border-form, var(--nhsuk-input-border-colour, #4c6272));
    --_nw-surface: var(--netweave-colour-surface, var(--nhsuk-card-background-colour, #ffffff));
    --_nw-surface-alt: var(--netweave-colour-surface-alt, var(--nhsuk-template-background-colour, #f0f4f5));
    --_nw-radius: var(--netweave-radius, 4px);
    --_nw-space: var(--netweave-space, 1rem);
    --_nw-max-width: var(--netweave-max-width, 48rem);
    --_nw-font-size: var(--netweave-font-size, 1rem);
    box-sizing: border-box;
    color: var(--_nw-text);
    font: inherit;
    font-size: var(--_nw-font-size);
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

/** The NHS focus style: yellow background with a dark underline, also visible in forced colours. */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid transparent;
    outline-offset: 0;
    background-color: var(--_nw-focus);
    color: var(--_nw-focus-text);
    box-shadow:
      0 -2px var(--_nw-focus),
      0 4px var(--_nw-focus-text);
    text-decoration: none;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    background-color: var(--_nw-surface);
    color: var(--_nw-on-surface);
    outline: 4px solid var(--_nw-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_nw-focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid CanvasText;
      outline-offset: 2px;
    }
  }
`;

export const visuallyHidden = css`
  .nw-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** Buttons: primary (`.nw-button`), secondary (`.nw-button--secondary`), link-like (`.nw-link-button`). */
export const buttonStyles = css`
  .nw-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--_nw-radius);
    background: var(--_nw-button);
    color: var(--_nw-button-text);
    box-shadow: 0 4px 0 var(--_nw-button-shadow);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
    margin-bottom: 4px;
  }
  .nw-button:hover {
    filter: brightness(0.9);
  }
  .nw-button:active {
    transform: translateY(2px);
    box-shadow: none;
  }
  .nw-button--secondary {
    background: transparent;
    color: var(--_nw-secondary-button);
    border-color: var(--_nw-secondary-button);
    box-shadow: 0 4px 0 var(--_nw-secondary-button);
  }
  .nw-button--warning {
    background: var(--_nw-error);
    box-shadow: 0 4px 0 #6b140e;
  }
  .nw-button[disabled],
  .nw-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .nw-link-button {
    min-height: 24px;
    min-width: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_nw-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .nw-button:focus-visible {
    background: var(--_nw-focus);
    color: var(--_nw-focus-text);
    border-color: transparent;
    box-shadow: 0 4px 0 var(--_nw-focus-text);
  }
  @media (forced-colors: active) {
    .nw-button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .nw-button:active {
      transform: none;
    }
  }
`;

/** Inline notices: info (`.nw-notice`), error (`.nw-notice--error`), success (`.nw-notice--success`). */
export const noticeStyles = css`
  .nw-notice {
    margin: 0 0 var(--_nw-space);
    padding: 0.75em 1em;
    border-left: 6px solid var(--_nw-primary);
    background: var(--_nw-surface-alt);
    color: var(--_nw-on-surface);
    --_nw-text-secondary: var(--_nw-on-surface-secondary);
    --_nw-link: var(--_nw-on-surface-link);
  }
  .nw-notice--error {
    border-left-color: var(--_nw-error);
  }
  .nw-notice--success {
    border-left-color: var(--_nw-success);
  }
  .nw-notice > :first-child {
    margin-top: 0;
  }
  .nw-notice > :last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .nw-notice {
      border: 2px solid CanvasText;
      border-left-width: 6px;
    }
  }
`;

/** All of the above, for a widget's `static styles = [baseStyles, css`…`]`. */
export const baseStyles = [tokens, focusStyles, visuallyHidden, buttonStyles, noticeStyles];
