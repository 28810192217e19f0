import { defineElement } from '@netweave/core';
import { NetweaveCommitmentsWall } from './commitments-wall.js';
import { VERSION } from './version.js';

defineElement('netweave-commitments-wall', NetweaveCommitmentsWall, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-commitments-wall': NetweaveCommitmentsWall;
  }
}
