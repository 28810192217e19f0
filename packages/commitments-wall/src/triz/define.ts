import { defineElement } from '@netweave/core';
import { NetweaveTrizBoard } from './triz-board.js';
import { VERSION } from '../version.js';

defineElement('netweave-triz-board', NetweaveTrizBoard, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-triz-board': NetweaveTrizBoard;
  }
}
