import { expect } from '@open-wc/testing';
import { DEFAULT_CATALOGUE } from '../../src/index.js';

describe('core in the browser', () => {
  it('loads the default catalogue with nine challenges', () => {
    expect(DEFAULT_CATALOGUE.challenges).to.have.length(9);
  });
});
