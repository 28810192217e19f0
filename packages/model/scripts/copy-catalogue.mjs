// Writes the default catalogue as JSON beside the build, for partners who start their own from it.
import { writeFileSync } from 'node:fs';
import { DEFAULT_CATALOGUE } from '../dist/catalogue.js';
writeFileSync(
  new URL('../dist/catalogue.json', import.meta.url),
  JSON.stringify(DEFAULT_CATALOGUE, null, 2) + '\n',
);
