/** Loads the files named by options (catalogue, mapping, codebook) with readable errors. */
import { readFile } from 'node:fs/promises';
import { DEFAULT_CATALOGUE, parseCatalogueJson, type Catalogue, type Locale } from '@netweave/model';
import type { Codebook } from '../aggregate/codebook.js';
import { parseMapping } from '../mapping/parse-mapping.js';
import type { Mapping } from '../mapping/mapping.js';
import { cliLocalizer } from './strings.js';

export class InputError extends Error {
  override name = 'InputError';
}

async function text(
  path: string,
  what: 'catalogue' | 'mapping' | 'codebook',
  locale: Locale,
): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const l = cliLocalizer(locale);
    throw new InputError(
      l.t('error.readOption', {
        what: l.t(`what.${what}`),
        file: path,
        detail: (error as NodeJS.ErrnoException).code ?? String(error),
      }),
    );
  }
}

export async function loadCatalogue(path: string | undefined, locale: Locale = 'en'): Promise<Catalogue> {
  if (!path) return DEFAULT_CATALOGUE;
  const result = parseCatalogueJson(await text(path, 'catalogue', locale), { source: path, locale });
  if (!result.success) throw new InputError(result.issues.map((i) => i.message).join('\n'));
  return result.value;
}

export async function loadMapping(
  path: string | undefined,
  locale: Locale = 'en',
): Promise<Mapping | undefined> {
  if (!path) return undefined;
  const { mapping, issues } = parseMapping(await text(path, 'mapping', locale), path, locale);
  if (!mapping) throw new InputError(issues.map((i) => i.message).join('\n'));
  return mapping;
}

export async function loadCodebook(
  path: string | undefined,
  locale: Locale = 'en',
): Promise<Codebook | undefined> {
  if (!path) return undefined;
  const l = cliLocalizer(locale);
  try {
    const data = JSON.parse(await text(path, 'codebook', locale)) as Codebook;
    if (!data || typeof data.codes !== 'object' || Array.isArray(data.codes))
      throw new Error(l.t('error.codebookCodes'));
    for (const [code, words] of Object.entries(data.codes)) {
      if (!Array.isArray(words) || words.some((w) => typeof w !== 'string'))
        throw new Error(l.t('error.codebookList', { code }));
    }
    return data;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
