/**
 * A QR code made in the browser (no request to any service), loaded only when a resume code is
 * shown: byte mode, error correction M, the smallest version that holds the text, drawn as one SVG
 * path of unit squares inside a quiet zone of four modules.
 */
import qrcode from 'qrcode-generator';

/** The QR code for `text` (UTF-8): the side in modules (quiet zone included) and the dark modules' path. */
export function qrPath(text: string): { size: number; path: string } {
  const qr = qrcode(0, 'M');
  // The library reads one byte per character: hand it the UTF-8 bytes as such characters.
  qr.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let y = 0; y < count; y++)
    for (let x = 0; x < count; x++) if (qr.isDark(y, x)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  return { size: count + quiet * 2, path };
}
