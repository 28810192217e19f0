import { defineElement, VERSION } from '@netweave/core';
import { NetweaveSelfAssessment } from './self-assessment.js';

defineElement('netweave-self-assessment', NetweaveSelfAssessment, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'netweave-self-assessment': NetweaveSelfAssessment;
  }
}

export { NetweaveSelfAssessment };
