/**
 * Saves `content` as a file on the person's device: no network request, a temporary object URL on
 * this page (revoked a little later). `type` is the file's media type for text content.
 */
export function download(filename: string, content: string | Blob, type?: string): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
