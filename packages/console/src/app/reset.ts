/**
 * The page's own few rules (no margin, the NHS grey behind the panels, a readable font), as a
 * constructed style sheet: the collector's Content Security Policy (`style-src 'self'`) refuses
 * inline `<style>`, and this costs no request of its own.
 */
const RULES = `html{background:#f0f4f5;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#212b32;line-height:1.5}
netweave-console,netweave-join,netweave-display{display:block;min-height:100vh}`;

export function applyReset(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    /* an old browser: the page works without it */
  }
}
