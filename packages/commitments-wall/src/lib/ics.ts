/**
 * A calendar reminder as an iCalendar file (RFC 5545): one all-day event on the day a follow-up is
 * due, for the person to import into their own calendar. Made on the device and downloaded; nothing
 * is sent anywhere and no e-mail address is involved.
 */

export interface Reminder {
  /** A stable, unique id for the event (importing the file twice updates one event). */
  readonly uid: string;
  /** The day of the event: the local calendar date of this moment. */
  readonly due: Date;
  readonly summary: string;
  readonly description?: string | undefined;
  /** The page to come back to (https or http only; its query and fragment are left out). */
  readonly url?: string | undefined;
  /** The language of the summary and description (`en`, `cy`). */
  readonly language: string;
  /** When the file is made (DTSTAMP); now by default. */
  readonly now?: Date | undefined;
}

/** TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * One content line folded as RFC 5545 §3.1 asks: at most 75 octets a line (UTF-8), each further
 * line starting with a space; never inside a character's UTF-8 sequence.
 */
export function foldLine(line: string): string {
  let out = '';
  let width = 0;
  for (const ch of line) {
    const octets = encoder.encode(ch).length;
    if (width + octets > 75) {
      out += '\r\n ';
      width = 1;
    }
    out += ch;
    width += octets;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE value (`YYYYMMDD`) from a moment's local calendar date. */
export function icsDate(d: Date): string {
  return `${pad(d.getFullYear(), 4)}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}

/** A UTC DATE-TIME value (`YYYYMMDDTHHMMSSZ`). */
export function icsStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** The page's address without query or fragment (no tracking parameters), or '' if not http(s). */
export function cleanUrl(href: string | undefined): string {
  if (!href) return '';
  try {
    const url = new URL(href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return '';
  }
}

/** The calendar file's text (CRLF line ends, folded lines). */
export function reminderIcs(r: Reminder): string {
  const start = new Date(r.due.getFullYear(), r.due.getMonth(), r.due.getDate());
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  const lang = `;LANGUAGE=${r.language === 'cy' ? 'cy' : 'en'}`;
  const url = cleanUrl(r.url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//netweave//commitments-wall//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${r.uid}`,
    `DTSTAMP:${icsStamp(r.now ?? new Date())}`,
    `DTSTART;VALUE=DATE:${icsDate(start)}`,
    `DTEND;VALUE=DATE:${icsDate(end)}`,
    `SUMMARY${lang}:${escapeText(r.summary)}`,
    ...(r.description ? [`DESCRIPTION${lang}:${escapeText(r.description)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    // A reminder at 09:00 on the day (an all-day event starts at midnight).
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION${lang}:${escapeText(r.summary)}`,
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
