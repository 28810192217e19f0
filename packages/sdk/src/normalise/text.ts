/**
 * Normalises free text for matching and counting: Unicode NFC, lower case, apostrophes dropped
 * ("children’s" → "childrens"), other punctuation and repeated spaces turned into one space.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
