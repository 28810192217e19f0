// `@netweave/core/catalogue.json` is kept for partners who import it from here: a copy of the
// default catalogue that @netweave/model's build writes.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
copyFileSync(
  require.resolve('@netweave/model/catalogue.json'),
  new URL('../dist/catalogue.json', import.meta.url),
);
