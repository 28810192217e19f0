import { DEFAULT_CATALOGUE } from '@netweave/model';

export const IDS = DEFAULT_CATALOGUE.challenges.map((c) => c.id);
export const HEADER = [
  'response_id',
  'session_id',
  'submitted_at',
  'catalogue_version',
  'sector',
  'nation',
  'region',
  ...IDS,
  'other_challenge',
  'other_rating',
].join(',');

/** A canonical CSV row: ratings for all nine challenges (empty string = no answer). */
export function row(
  id: string,
  ratings: (number | '')[] = [3, 3, 3, 3, 3, 3, 3, 3, 3],
  extra: Partial<
    Record<'session' | 'at' | 'sector' | 'nation' | 'region' | 'other' | 'otherRating', string>
  > = {},
): string {
  return [
    id,
    extra.session ?? 's1',
    extra.at ?? '2026-03-12T10:00:00Z',
    '2024.1',
    extra.sector ?? 'nhs',
    extra.nation ?? 'wales',
    extra.region ?? '',
    ...ratings,
    extra.other ?? '',
    extra.otherRating ?? '',
  ].join(',');
}

export const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
