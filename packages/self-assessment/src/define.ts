import { defineElement } from '@netweave/core';
import { NetweaveSelfAssessment } from './self-assessment.js';
import { VERSION } from './version.js';

defineElement('netweave-self-assessment', NetweaveSelfAssessment, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-self-assessment': NetweaveSelfAssessment;
  }
}

export { NetweaveSelfAssessment };
