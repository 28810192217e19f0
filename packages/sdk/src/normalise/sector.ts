/**
 * Sector labels as people write them → core's sector ids. "third sector", "voluntary", "charity"
 * and "VCFSE" all mean VCSE; "council" means local government; Welsh labels are understood too.
 * Returns `undefined` for text that is not recognised (and `null` for an empty value).
 */
import { SECTORS, fieldLabels, type Sector } from '@netweave/model';
import { normaliseText } from './text.js';

/** Editable: more synonyms can be added by passing `extra` to `normaliseSector`. */
export const SECTOR_SYNONYMS: Readonly<Record<Sector, readonly string[]>> = {
  nhs: [
    'nhs',
    'national health service',
    'health',
    'healthcare',
    'health care',
    'nhs trust',
    'nhs england',
    'health board',
    'gp',
    'general practice',
    'primary care',
    'icb',
    'integrated care board',
    'hospital',
    'gig',
    'nhs wales',
    'hsc',
    'health and social care trust',
    'nhs scotland',
  ],
  'local-government': [
    'local government',
    'local authority',
    'council',
    'local council',
    'la',
    'local gov',
    'public health',
    'llywodraeth leol',
    'awdurdod lleol',
    'cyngor',
  ],
  'social-care': [
    'social care',
    'adult social care',
    'childrens social care',
    'care',
    'care home',
    'domiciliary care',
    'gofal cymdeithasol',
  ],
  vcse: [
    'vcse',
    'vcs',
    'vcfse',
    'vcse sector',
    'voluntary',
    'voluntary sector',
    'voluntary and community sector',
    'voluntary community and social enterprise',
    'third sector',
    '3rd sector',
    'charity',
    'charitable',
    'community',
    'community sector',
    'community group',
    'social enterprise',
    'not for profit',
    'non profit',
    'nonprofit',
    'ngo',
    'trydydd sector',
    'gwirfoddol',
    'sector gwirfoddol',
    'elusen',
  ],
  housing: ['housing', 'housing association', 'social housing', 'tai', 'cymdeithas dai'],
  education: [
    'education',
    'school',
    'schools',
    'university',
    'college',
    'higher education',
    'further education',
    'addysg',
    'prifysgol',
    'ysgol',
    'coleg',
  ],
  other: ['other', 'arall', 'private sector', 'business', 'independent'],
};

function buildTable(extra: Partial<Record<Sector, readonly string[]>> = {}): Map<string, Sector> {
  const table = new Map<string, Sector>();
  for (const id of SECTORS) {
    table.set(id, id);
    table.set(normaliseText(id), id);
    for (const label of [
      fieldLabels.en.sector[id],
      fieldLabels.cy.sector[id],
      ...SECTOR_SYNONYMS[id],
      ...(extra[id] ?? []),
    ]) {
      table.set(normaliseText(label), id);
    }
  }
  return table;
}

const table = buildTable();

/** The sector id for a label, `null` for an empty value, `undefined` when not recognised. */
export function normaliseSector(
  value: string | null | undefined,
  extra?: Partial<Record<Sector, readonly string[]>>,
): Sector | null | undefined {
  if (value === null || value === undefined) return null;
  const direct = table.get(value);
  if (direct && !extra) return direct;
  const key = normaliseText(value);
  if (!key) return null;
  return (extra ? buildTable(extra) : table).get(key);
}
