/**
 * QR codes as SVG, made here (no request to any service): byte mode, error correction M, the
 * smallest version that holds the text (qrcode-generator picks it), a quiet zone of four modules.
 */
import qrcode from 'qrcode-generator';

/** The dark modules of the QR code for `text` (UTF-8 bytes), row by row. */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  // The library reads one byte per character: hand it the UTF-8 bytes as such characters.
  qr.addData(Buffer.from(text, 'utf8').toString('latin1'), 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => qr.isDark(row, col)),
  );
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The QR code for `text` as a standalone SVG document: one path of unit squares on a white
 * square (so it scans on a dark page too), scalable, named for assistive technology by `label`.
 */
export function qrSvg(text: string, label: string = text): string {
  const matrix = qrMatrix(text);
  const quiet = 4;
  const size = matrix.length + quiet * 2;
  let path = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${escapeXml(label)}">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}
