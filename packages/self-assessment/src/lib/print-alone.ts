/**
 * Prints this element alone, not the partner's whole page around it (a site header, other
 * widgets and forms took six A4 pages). While printing, every sibling of the element and of each
 * of its ancestors is marked and hidden by a print-only document style sheet; afterwards the page
 * is exactly as it was. A constructed style sheet, so a strict CSP (`style-src 'self'`) allows it.
 */
const MARK = 'data-netweave-print-hide';
let sheet: CSSStyleSheet | undefined;

export function printAlone(element: HTMLElement): void {
  sheet ??= makeSheet();
  const marked: Element[] = [];
  for (let node: Element | null = element; node && node !== document.body; node = parentOf(node)) {
    const parent = parentOf(node);
    if (!parent) break;
    for (const sibling of Array.from(parent.children)) {
      if (sibling === node || sibling.hasAttribute(MARK)) continue;
      sibling.setAttribute(MARK, '');
      marked.push(sibling);
    }
  }
  const sheets = document.adoptedStyleSheets;
  const added = sheet && !sheets.includes(sheet);
  if (sheet && added) document.adoptedStyleSheets = [...sheets, sheet];
  const undo = () => {
    for (const el of marked) el.removeAttribute(MARK);
    if (sheet && added) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    removeEventListener('afterprint', undo);
  };
  addEventListener('afterprint', undo);
  try {
    window.print();
  } finally {
    // Browsers that print synchronously have finished; the others say so with `afterprint`.
    if (!matchMedia('print').matches) undo();
  }
}

function parentOf(node: Element): Element | null {
  return node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
}

function makeSheet(): CSSStyleSheet | undefined {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(`@media print { [${MARK}] { display: none !important; } }`);
    return s;
  } catch {
    return undefined; // no constructable style sheets: print the page as it is
  }
}
