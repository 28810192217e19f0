/**
 * commander writes its own usage errors in English; with `--lang cy` we put the common ones into
 * Welsh (the option names and values themselves stay as typed). Anything unrecognised is left as is.
 */
const RULES: [RegExp, string][] = [
  [
    /^error: option '([^']*)' argument '([^']*)' is invalid\./m,
    'gwall: mae’r gwerth ‘$2’ i’r opsiwn ‘$1’ yn annilys.',
  ],
  [/Allowed choices are ([^\n]*)\./, 'Y dewisiadau a ganiateir yw $1.'],
  [/^error: option '([^']*)' argument missing/m, 'gwall: mae angen gwerth i’r opsiwn ‘$1’'],
  [/^error: unknown option '([^']*)'/m, 'gwall: opsiwn anhysbys ‘$1’'],
  [/^error: unknown command '([^']*)'/m, 'gwall: gorchymyn anhysbys ‘$1’'],
  [/^error: missing required argument '([^']*)'/m, 'gwall: mae’r ddadl ofynnol ‘$1’ ar goll'],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./m,
    'gwall: gormod o ddadleuon. Disgwyliwyd $2 ond cafwyd $3.',
  ],
  [/\(Did you mean one of ([^?]*)\?\)/, '(Ai un o’r rhain oedd gennych mewn golwg: $1?)'],
  [/\(Did you mean ([^?]*)\?\)/, '(Ai $1 oedd gennych mewn golwg?)'],
];

export function commanderErrorCy(message: string): string {
  let out = message;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
