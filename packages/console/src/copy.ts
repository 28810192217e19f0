/**
 * Copies text to the clipboard: the asynchronous Clipboard API where the page may use it, else a
 * selected, off-screen text area and `execCommand('copy')` (older browsers, pages without the
 * permission). Resolves with whether the text was copied; never throws.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof globalThis.navigator?.clipboard?.writeText === 'function') {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* try the older way */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  const active = document.activeElement as HTMLElement | null;
  const deep = (active?.shadowRoot?.activeElement as HTMLElement | null) ?? null;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // The keyboard goes back where it was (the copy button), never to the page itself.
  (deep ?? active)?.focus();
  return copied;
}
