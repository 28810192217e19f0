import { defineElement } from './define.js';
import { NetweaveProvider } from './provider.js';
import { VERSION } from './version.js';

defineElement('netweave-provider', NetweaveProvider, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-provider': NetweaveProvider;
  }
}

export { NetweaveProvider };
