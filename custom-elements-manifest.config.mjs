// The one Custom Elements Manifest configuration for every widget package. Each widget's
// `analyze` script runs `cem analyze --config ../../custom-elements-manifest.config.mjs` from its
// own directory, so globs and paths below are relative to that package.
//
// A manifest is a package's public API, read by editors, Storybook and the README API tables
// (scripts/api-table.mjs). The analyzer on its own also lists private machinery: `_` and `#`
// fields, TypeScript `private`/`protected` members, Lit's internal reactive state
// (`_width: { state: true }` became an `_width` attribute) and every exported helper of every
// module. The plugin below keeps only what a user of the package can reach.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** Lit machinery declared as static class fields: never something a user sets or reads. */
const LIT_STATICS = new Set(['styles', 'properties', 'shadowRootOptions', 'elementProperties']);

/** Lit decorators that declare internal reactive state rather than public properties. */
const STATE_DECORATORS = new Set(['state', 'internalProperty']);

/** `src/a/b.ts` for a reference such as `./b.js` from `src/a/index.ts` (or `src/a/b.js`). */
function modulePath(from, ref) {
  const path = ref.startsWith('.') ? posix.join(posix.dirname(from), ref) : posix.normalize(ref);
  return path.replace(/\.js$/, '.ts');
}

/** The source modules behind the package's `exports` map (`./dist/x.d.ts` → `src/x.ts`). */
function entryModules(pkg) {
  const entries = new Set();
  const visit = (target) => {
    if (typeof target === 'string') {
      const m = /^\.\/dist\/(.+)\.(?:d\.ts|js)$/.exec(target);
      if (m) entries.add(`src/${m[1]}.ts`);
    } else if (target && typeof target === 'object') {
      Object.values(target).forEach(visit);
    }
  };
  visit(pkg.exports ?? pkg.main);
  return entries;
}

/** The object literal a `static properties = {…}` field or `static get properties()` returns. */
function propertiesObject(ts, member) {
  let expr = member.initializer;
  if (!expr && ts.isGetAccessorDeclaration(member)) {
    expr = member.body?.statements.find(ts.isReturnStatement)?.expression;
  }
  while (
    expr &&
    (ts.isAsExpression(expr) || ts.isParenthesizedExpression(expr) || ts.isSatisfiesExpression?.(expr))
  ) {
    expr = expr.expression;
  }
  return expr && ts.isObjectLiteralExpression(expr) ? expr : undefined;
}

/** Names of a class's Lit internal state: `@state()` fields and `{ state: true }` static properties. */
function stateNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members ?? []) {
    const name = member.name && ts.isIdentifier(member.name) ? member.name.text : member.name?.getText();
    const decorators = ts.canHaveDecorators?.(member) ? (ts.getDecorators(member) ?? []) : [];
    for (const d of decorators) {
      const callee = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
      if (STATE_DECORATORS.has(callee.getText())) names.add(name);
    }
    const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || name !== 'properties') continue;
    for (const prop of propertiesObject(ts, member)?.properties ?? []) {
      if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
      const isState = prop.initializer.properties.some(
        (o) =>
          ts.isPropertyAssignment(o) &&
          o.name.getText() === 'state' &&
          o.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(prop.name.getText().replace(/^['"]|['"]$/g, ''));
    }
  }
  return names;
}

/** True for a class member that is not part of the public API. */
function isPrivateMember(member, state) {
  return (
    member.privacy === 'private' ||
    member.privacy === 'protected' ||
    /^[#_]/.test(member.name) ||
    state.has(member.name) ||
    (member.static && LIT_STATICS.has(member.name))
  );
}

/**
 * Removes private class members and the attributes generated for them, then every declaration a
 * user cannot reach from the package's `exports` map (custom elements are kept: a registered tag
 * is public even when its class is not exported).
 */
export function publicApiOnly({ packageJson = 'package.json' } = {}) {
  /** `module path\0class name` → names of that class's internal reactive state. */
  const states = new Map();
  return {
    name: 'netweave-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = stateNames(ts, node);
      if (names.size) states.set(`${moduleDoc.path}\0${node.name.text}`, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];

      // 1. Private members and their attributes.
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.members && !decl.attributes) continue;
          const state = states.get(`${mod.path}\0${decl.name}`) ?? new Set();
          const hidden = new Set();
          if (decl.members) {
            decl.members = decl.members.filter((m) => {
              const hide = isPrivateMember(m, state);
              if (hide && m.kind === 'field') hidden.add(m.name);
              return !hide;
            });
          }
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter(
              (a) =>
                !/^[#_]/.test(a.name) &&
                !(a.fieldName && (hidden.has(a.fieldName) || state.has(a.fieldName))),
            );
          }
        }
      }

      // 2. Declarations a user cannot import: follow exports from the package's entry modules.
      const pkg = JSON.parse(readFileSync(packageJson, 'utf8'));
      const byPath = new Map(modules.map((m) => [m.path, m]));
      const entries = [...entryModules(pkg)].filter((p) => byPath.has(p));
      if (!entries.length) {
        throw new Error(`no module of the manifest is an entry point of ${pkg.name}'s exports map`);
      }
      const reached = new Set(); // `path\0name` of every export and declaration a user can reach
      const queue = [];
      for (const path of entries) for (const e of byPath.get(path).exports ?? []) queue.push([path, e.name]);
      while (queue.length) {
        const [path, name] = queue.pop();
        const key = `${path}\0${name}`;
        const mod = byPath.get(path);
        if (!mod || reached.has(key)) continue;
        reached.add(key);
        for (const e of mod.exports ?? []) {
          if (name !== '*' && e.name !== name) continue;
          const target = e.declaration?.module ? modulePath(path, e.declaration.module) : path;
          queue.push([target, e.declaration?.name ?? e.name]);
        }
      }
      for (const mod of modules) {
        mod.declarations = (mod.declarations ?? []).filter(
          (d) => d.customElement || reached.has(`${mod.path}\0${d.name}`),
        );
        const kept = new Set(mod.declarations.map((d) => d.name));
        mod.exports = (mod.exports ?? []).filter(
          (e) =>
            reached.has(`${mod.path}\0${e.name}`) ||
            (e.declaration &&
              modulePath(mod.path, e.declaration.module ?? mod.path) === mod.path &&
              kept.has(e.declaration.name)),
        );
      }
      customElementsManifest.modules = modules.filter((m) => m.declarations.length || m.exports.length);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/lib/**'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
