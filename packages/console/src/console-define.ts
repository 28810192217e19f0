import { defineElement } from '@netweave/core';
import { NetweaveConsole } from './console.js';
import { VERSION } from './version.js';

defineElement('netweave-console', NetweaveConsole, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-console': NetweaveConsole;
  }
}

export { NetweaveConsole };
