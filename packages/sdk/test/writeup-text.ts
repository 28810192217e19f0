/** Reading a write-up back as text, per format, for the write-up tests. */
import { inflateRawSync } from 'node:zlib';

/** The files of a zip archive (a .docx), read from its central directory with Node's zlib. */
function unzip(bytes: Uint8Array): Record<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files: Record<string, Buffer> = {};
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 8 ? inflateRawSync(data) : method === 0 ? Buffer.from(data) : Buffer.alloc(0);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const entities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The parts of a .docx, as text. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzip(bytes)).map(([name, data]) => [name, data.toString('utf8')]),
  );
}

/** The document's paragraphs: style and text (runs joined, entities decoded). */
export function docxParagraphs(documentXml: string): { style: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? m[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => entities(t[1]!)).join('');
    return { style, text };
  });
}

/** HTML to its visible text (tags dropped, entities decoded), one line per block. */
export function htmlText(html: string): string {
  const body = html.replace(/^[\s\S]*<body>/, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
  return entities(body.replace(/<\/(p|li|h\d|tr|caption)>/g, '\n').replace(/<[^>]+>/g, ''));
}

/** Markdown to the text a reader sees (backslash escapes and entities undone). */
export function markdownText(md: string): string {
  return entities(md.replace(/\\([\\`*_~[\]|#])/g, '$1'));
}
