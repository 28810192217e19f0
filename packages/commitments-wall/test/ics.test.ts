import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanUrl, escapeText, foldLine, icsDate, icsStamp, reminderIcs } from '../src/lib/ics.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

test('escapeText: backslash, semicolon, comma and line breaks as RFC 5545 writes TEXT', () => {
  const cases = [
    { description: 'plain text', input: 'Ring the pharmacy', expected: 'Ring the pharmacy' },
    { description: 'commas and semicolons', input: 'a, b; c', expected: 'a\\, b\\; c' },
    { description: 'a backslash first, so escapes are not doubled', input: 'a\\b,', expected: 'a\\\\b\\,' },
    { description: 'every kind of line break', input: 'a\r\nb\nc\rd', expected: 'a\\nb\\nc\\nd' },
    { description: 'colons and quotes need nothing', input: 'Time: “now”', expected: 'Time: “now”' },
  ];
  for (const { description, input, expected } of cases)
    assert.equal(escapeText(input), expected, description);
});

test('foldLine: at most 75 octets a line, continuations start with a space, never inside a character', () => {
  assert.equal(foldLine('SUMMARY:short'), 'SUMMARY:short');
  const ascii = `SUMMARY:${'x'.repeat(200)}`;
  const folded = foldLine(ascii);
  for (const line of folded.split('\r\n')) assert.ok(octets(line) <= 75, line);
  assert.equal(folded.split('\r\n')[0]!.length, 75);
  assert.ok(
    folded
      .split('\r\n')
      .slice(1)
      .every((l) => l.startsWith(' ')),
  );
  assert.equal(folded.replace(/\r\n /g, ''), ascii);
  // Welsh ŵ and ŷ are two octets, an emoji four: lines end before a character that would not fit.
  const welsh = `SUMMARY;LANGUAGE=cy:${'ŵŷ'.repeat(40)} 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂`;
  const lines = foldLine(welsh).split('\r\n');
  for (const line of lines) {
    assert.ok(octets(line) <= 75, `${octets(line)} octets: ${line}`);
    assert.ok(
      !line.includes('\uFFFD') &&
        new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line)),
    );
  }
  assert.equal(lines.join('\r\n').replace(/\r\n /g, ''), welsh);
});

test('dates: an all-day DATE from the local calendar day, DTSTAMP in UTC', () => {
  assert.equal(icsDate(new Date(2027, 0, 4, 23, 59)), '20270104');
  assert.equal(icsDate(new Date(2026, 11, 31, 0, 0)), '20261231');
  assert.equal(icsStamp(new Date('2026-12-07T05:21:25.123Z')), '20261207T052125Z');
});

test('cleanUrl: the page without query, fragment or credentials; only http(s)', () => {
  const cases = [
    { input: 'https://example.org/wall?utm_source=x&session=y#top', expected: 'https://example.org/wall' },
    { input: 'https://user:pw@example.org/a/b/', expected: 'https://example.org/a/b/' },
    { input: 'javascript:alert(1)', expected: '' },
    { input: 'file:///C:/wall.html', expected: '' },
    { input: 'not a url', expected: '' },
    { input: undefined, expected: '' },
  ];
  for (const { input, expected } of cases) assert.equal(cleanUrl(input), expected, String(input));
});

test('reminderIcs: one all-day VEVENT with a UID, a stamp, the summary, the page and a reminder', () => {
  const ics = reminderIcs({
    uid: 'follow-up-c1@netweave',
    due: new Date(2027, 0, 4, 10, 30),
    summary: 'Sut mae wedi mynd? Ffonio’r fferyllfa, a’r practis',
    description: 'Line one\nLine two',
    url: 'https://example.org/wall?fbclid=abc',
    language: 'cy',
    now: new Date('2026-12-07T05:21:25Z'),
  });
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every line ends CRLF');
  const lines = ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  assert.deepEqual(lines, [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//netweave//commitments-wall//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    'UID:follow-up-c1@netweave',
    'DTSTAMP:20261207T052125Z',
    'DTSTART;VALUE=DATE:20270104',
    'DTEND;VALUE=DATE:20270105',
    'SUMMARY;LANGUAGE=cy:Sut mae wedi mynd? Ffonio’r fferyllfa\\, a’r practis',
    'DESCRIPTION;LANGUAGE=cy:Line one\\nLine two',
    'URL:https://example.org/wall',
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'DESCRIPTION;LANGUAGE=cy:Sut mae wedi mynd? Ffonio’r fferyllfa\\, a’r practis',
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
  // No page address to give (a file:// page): no URL line.
  assert.ok(
    !reminderIcs({ uid: 'u', due: new Date(), summary: 's', url: 'file:///x', language: 'en' }).includes(
      'URL:',
    ),
  );
});
