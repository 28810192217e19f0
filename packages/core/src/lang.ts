// Which language an element is in: a DOM question, so it lives in the browser layer.
import { normaliseLocale, type Locale } from '@netweave/model';

/**
 * The locale for an element: its own `lang`, then the closest ancestor with `lang` (crossing
 * shadow roots), then the document's. Returns the raw tag ('' when none is set).
 */
export function findLang(element: Element | null): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode ?? null;
    } else if (typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode ?? null;
    }
  }
  return typeof document !== 'undefined' ? document.documentElement.lang : '';
}

export function resolveLocale(element: Element | null): Locale {
  return normaliseLocale(findLang(element));
}
