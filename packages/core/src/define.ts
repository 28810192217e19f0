/**
 * A guarded `customElements.define`: a partner page may load two copies of a widget (say, a CDN
 * bundle and an npm build). The same version is skipped silently; a different version warns and
 * keeps the first; nothing ever throws into the host page.
 */
const VERSION_KEY = Symbol.for('netweave.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

export function defineElement(tag: string, ctor: CustomElementConstructor, version: string): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const theirs = existing[VERSION_KEY];
    if (theirs !== version) {
      console.warn(
        `netweave: <${tag}> is already defined${theirs ? ` by version ${theirs}` : ' by another script'}; ` +
          `version ${version} was not registered. Load one copy of each netweave widget per page.`,
      );
    }
    return;
  }
  (ctor as Versioned)[VERSION_KEY] = version;
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`netweave: <${tag}> could not be defined:`, error);
  }
}

/** The version that registered `tag`, if netweave did. */
export function definedVersion(tag: string): string | undefined {
  return (globalThis.customElements?.get(tag) as Versioned | undefined)?.[VERSION_KEY];
}
