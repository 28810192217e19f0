import { defineElement } from '@netweave/core';
import { NetweaveJoin } from './join.js';
import { VERSION } from './version.js';

defineElement('netweave-join', NetweaveJoin, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-join': NetweaveJoin;
  }
}

export { NetweaveJoin };
