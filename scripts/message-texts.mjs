// Helpers for the tests that check each package's English and Welsh tables (welsh-wording tests):
// one copy of how a message's texts, placeholders and words are read.

/** Every text of a message: the string, or each plural form with its category. */
export const forms = (m) => (typeof m === 'string' ? [['', m]] : Object.entries(m));

/** Every text of a table, keyed `key` or `key.form` (a plural form). */
export const texts = (table) =>
  Object.entries(table).flatMap(([key, m]) =>
    forms(m).map(([form, text]) => [form ? `${key}.${form}` : key, text]),
  );

/** The placeholders a text names (`{count}` → `count`). */
export const placeholders = (text) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/** All of a message's forms in one text. */
export const whole = (m) =>
  forms(m)
    .map(([, t]) => t)
    .join(' ');

/** Words, split at spaces, punctuation and apostrophes ("i’th" → "i", "th"). */
export const words = (text) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
