/**
 * Unicode NFC for text that becomes a group or a count (regions, other-challenge texts,
 * commitment columns): "Ynys Môn" typed with a combining circumflex (NFD, as macOS and some
 * forms send it) and with the single letter ô (NFC) look the same and must be one group. Text
 * with no character from U+0300 on is already NFC and is returned as it is (the common case costs
 * one regular-expression test).
 */
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;

export const nfc = (text: string): string => (MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text);
