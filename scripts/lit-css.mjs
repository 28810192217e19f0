// esbuild minifies JavaScript but not the CSS inside Lit's css`` templates: this plugin does, for
// every CDN and app build (scripts/build-cdn.mjs, packages/console/scripts/build-app.mjs).
import { readFile } from 'node:fs/promises';

/** Collapses whitespace and comments in CSS text (the parts of a css`` template between ${…}). */
export function squeezeCss(text) {
  return text
    .split(/(\$\{[^}]*\})/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1'),
    )
    .join('')
    .trim();
}

/** esbuild minifies JavaScript but not the CSS inside Lit's css`` templates: do that here. */
export const minifyLitCss = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!/\bcss\s*`/.test(code)) return undefined;
      return {
        contents: code.replace(/\bcss\s*`((?:[^`\\]|\\.)*)`/g, (_, body) => `css\`${squeezeCss(body)}\``),
        loader: 'js',
      };
    });
  },
};
