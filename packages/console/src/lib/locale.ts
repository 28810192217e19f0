/**
 * The language of a public page (the participant page, the projector): the one chosen on the page
 * (`lang`), else the session's, else Welsh when any of the browser's languages is Welsh, else
 * English.
 */
export function pageLocale(chosen: string | undefined, session: 'en' | 'cy' | undefined): 'en' | 'cy' {
  if (chosen === 'cy' || chosen === 'en') return chosen;
  if (session) return session;
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return languages.some((l) => /^cy\b/i.test(l ?? '')) ? 'cy' : 'en';
}
