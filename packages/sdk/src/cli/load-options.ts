/** Loads the files named by options (catalogue, mapping, codebook) with readable errors. */
import { readFile } from 'node:fs/promises';
import { DEFAULT_CATALOGUE, parseCatalogueJson, type Catalogue } from '@netweave/core';
import type { Codebook } from '../aggregate/codebook.js';
import { parseMapping } from '../mapping/parse-mapping.js';
import type { Mapping } from '../mapping/mapping.js';

export class InputError extends Error {
  override name = 'InputError';
}

async function text(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `cannot read the ${what} file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
}

export async function loadCatalogue(path: string | undefined): Promise<Catalogue> {
  if (!path) return DEFAULT_CATALOGUE;
  const result = parseCatalogueJson(await text(path, 'catalogue'), { source: path });
  if (!result.success) throw new InputError(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

export async function loadMapping(path: string | undefined): Promise<Mapping | undefined> {
  if (!path) return undefined;
  const { mapping, issues } = parseMapping(await text(path, 'mapping'), path);
  if (!mapping) throw new InputError(issues.map((i) => i.message).join('\n'));
  return mapping;
}

export async function loadCodebook(path: string | undefined): Promise<Codebook | undefined> {
  if (!path) return undefined;
  try {
    const data = JSON.parse(await text(path, 'codebook')) as Codebook;
    if (!data || typeof data.codes !== 'object' || Array.isArray(data.codes))
      throw new Error('it needs a "codes" object');
    for (const [code, words] of Object.entries(data.codes)) {
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string'))
        throw new Error(`codes["${code}"] must be a list of keywords`);
    }
    return data;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
