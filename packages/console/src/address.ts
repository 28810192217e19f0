/**
 * The console's place in the page's address, when it runs the page (`routing`): the language
 * (`?lang=cy`) and the open session (`#session-<id>`), so a reload or a shared link comes back to
 * the same place; and the page's own language and title.
 */

export interface Place {
  lang?: 'en' | 'cy';
  session?: string;
}

/** What the address asks for; the browser's preferred language when it names none. */
export function readAddress(href: string, languages: readonly string[]): Place {
  const url = new URL(href);
  const asked = url.searchParams.get('lang');
  const place: Place = {};
  if (asked === 'cy' || asked === 'en') place.lang = asked;
  else if (languages.some((l) => /^cy\b/i.test(l))) place.lang = 'cy';
  if (url.hash.startsWith('#session-')) {
    try {
      const id = decodeURIComponent(url.hash.slice('#session-'.length));
      if (id) place.session = id;
    } catch {
      /* not an address the console wrote */
    }
  }
  return place;
}

/** Writes the place into the address (no new history entry), the page's language and title. */
export function writeAddress(lang: 'en' | 'cy', session: string | undefined, title: string): void {
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  url.hash = session ? `session-${encodeURIComponent(session)}` : '';
  if (url.href !== location.href) history.replaceState(history.state, '', url);
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  if (document.title !== title) document.title = title;
}
