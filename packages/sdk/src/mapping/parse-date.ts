/**
 * Dates as exports write them → ISO 8601. `iso` accepts `2026-03-12`, `2026-03-12T10:30Z` and
 * `2026-03-12 10:30:00`; `dmy` reads `12/03/2026 10:30` (UK); `mdy` reads `3/12/26 10:30:15 AM`
 * (Microsoft Forms in US locale). Times without a zone are taken as UTC. Returns `undefined`
 * for anything that is not a real date.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function valid(y: number, m: number, d: number, h: number, mi: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Fast check that a canonical `submitted_at` value is a real ISO timestamp or date. */
export function isIsoDateTime(text: string): boolean {
  const m = ISO.exec(text);
  if (!m) return false;
  return valid(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

export function parseDate(text: string, format: 'iso' | 'dmy' | 'mdy' = 'iso'): string | undefined {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = iso;
    if (!valid(+y!, +mo!, +d!, +h, +mi, +s)) return undefined;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`;
  }
  if (format === 'iso') return undefined;
  const m = SLASHED.exec(t);
  if (!m) return undefined;
  const a = +m[1]!;
  const b = +m[2]!;
  let y = +m[3]!;
  if (m[3]!.length === 2) y += 2000;
  const [d, mo] = format === 'dmy' ? [a, b] : [b, a];
  let h = +(m[4] ?? 0);
  const mi = +(m[5] ?? 0);
  const s = +(m[6] ?? 0);
  const ampm = m[7]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}Z`;
}
