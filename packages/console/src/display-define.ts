import { defineElement } from '@netweave/core';
import { NetweaveDisplay } from './display.js';
import { VERSION } from './version.js';

defineElement('netweave-display', NetweaveDisplay, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-display': NetweaveDisplay;
  }
}

export { NetweaveDisplay };
