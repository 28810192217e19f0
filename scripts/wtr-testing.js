// @open-wc/testing as every browser test imports it, with one difference: `waitUntil` waits at
// least WAIT_AT_LEAST ms for what a user would see (its own default is 1 s). These tests check what
// happens, not how fast: speed is measured in `npm run bench`. On a busy 2-core machine, four
// widgets loading their chunks and rendering took more than a second, and a test that waited for
// them failed although nothing was wrong. web-test-runner.config.mjs serves this file for
// '@open-wc/testing' to every test.
import { waitUntil as waitUntilOnce } from '@open-wc/testing';

export * from '@open-wc/testing';

const WAIT_AT_LEAST = 10_000;

/** `waitUntil` of @open-wc/testing, waiting at least WAIT_AT_LEAST ms before it fails. */
export function waitUntil(predicate, message, options = {}) {
  return waitUntilOnce(predicate, message, {
    ...options,
    timeout: Math.max(options.timeout ?? 0, WAIT_AT_LEAST),
  });
}
