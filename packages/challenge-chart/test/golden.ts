/**
 * Deterministic SVG for golden files: Lit's comment markers and the interactive layers removed,
 * numbers rounded to one decimal, ids renumbered (and every reference to them), one element per
 * line. The same function runs in the browser tests and in scripts/update-goldens.mjs.
 */
export function goldenSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('.tooltip').forEach((n) => n.remove());
  let text = new XMLSerializer().serializeToString(clone).replace(/<!--[\s\S]*?-->/g, '');
  const ids = new Map<string, string>();
  for (const m of text.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size + 1}`);
  for (const [from, to] of ids) {
    const esc = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text
      .replace(new RegExp(`(id|aria-labelledby|aria-describedby|aria-controls)="${esc}"`, 'g'), `$1="${to}"`)
      .replace(new RegExp(`url\\(#${esc}\\)`, 'g'), `url(#${to})`);
  }
  text = text.replace(/(-?\d+\.\d+)/g, (n) => String(Math.round(Number(n) * 10) / 10));
  return (
    text
      .replace(/>\s*</g, '>\n<')
      .replace(/[ \t]+\n/g, '\n')
      .trim() + '\n'
  );
}

/** A short line-by-line diff (first differences) for an assertion message. */
export function lineDiff(expected: string, actual: string, max = 12): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max * 2; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}\n- ${a[i] ?? ''}\n+ ${b[i] ?? ''}`);
  }
  return out.join('\n');
}
