// The architecture, checked: `npm run check:deps` (dependency-cruiser) fails when an import breaks
// the intended graph between netweave's packages. It covers every package's src, tests, scripts and
// benchmarks, the shared scripts/ and the examples/.
//
//   @netweave/model        the data model: no Lit, no other netweave package (and no DOM, which
//                          is not an import: its tsconfig's `lib` is the place to check that)
//     ↑
//   @netweave/core         the browser layer (Lit, context, stores, provider)
//     ↑
//   widgets                self-assessment, commitments-wall, challenge-chart: core and model only,
//                          never each other, the SDK or the collector
//   @netweave/widgets      the three widgets in one CDN file (widgets, core and model)
//   @netweave/console      the facilitator console and the join page: core and model only (the
//                          join page loads the widgets file from the collector at run time)
//
//   @netweave/sdk          model only (evaluators' Node and browser code: no core, no Lit)
//   @netweave/collector    model and sdk only (it also serves the files of @netweave/console's app/
//                          and the widgets' cdn/ folders (@netweave/widgets and each widget's own),
//                          found with require.resolve of their package.json and read from disk, never imported: so they are its
//                          dependencies in package.json but not edges of this graph)
//
// Packages reach each other by name, through the `exports` map, as an npm user would: never by a
// relative path into a sibling's folder. Imports of workspace packages resolve through the
// node_modules symlinks to the sibling's built `dist/` (so run it after a build; the npm script
// builds first, from turbo's cache when nothing changed), and `.js` imports of `.ts` sources resolve
// to the sources.
const LIT = '(^|/)node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/';
const WIDGET =
  'a widget builds on core (and model); widgets never import each other, the SDK or the collector';

/** Each package: the netweave packages its folder (src, test, scripts, bench) may import besides itself. */
const LAYERS = {
  model: { may: [], why: 'the data model stands alone: it imports no other netweave package' },
  core: { may: ['model'], why: 'core is the browser layer over the model: it imports @netweave/model only' },
  'self-assessment': { may: ['core', 'model'], why: WIDGET },
  'commitments-wall': { may: ['core', 'model'], why: WIDGET },
  'challenge-chart': { may: ['core', 'model'], why: WIDGET },
  widgets: {
    may: ['core', 'model', 'self-assessment', 'commitments-wall', 'challenge-chart'],
    why: 'the combined CDN package bundles the widgets, core and model, and nothing of the SDK or collector',
  },
  sdk: {
    may: ['model'],
    why: 'the SDK runs in Node and in Workers: it imports @netweave/model only, never core',
  },
  console: {
    may: ['core', 'model'],
    why: 'the console and the join page are browser code on core and the model: they load the widgets from the collector at run time, never import a widget, the SDK or the collector',
  },
  collector: {
    may: ['model', 'sdk'],
    why: 'the collector is a Node service: it imports @netweave/model and @netweave/sdk only, never core, a widget or the console (whose built files it serves without importing them)',
  },
  wordpress: {
    may: [],
    why: 'the WordPress plugin copies the widgets’ built CDN files at build time and starts a collector as a separate process in its tests: it imports no netweave package',
  },
};

/** Files allowed one more package than their layer, each for a reason (keep this list short). */
const EXCEPTIONS = [
  {
    file: 'packages/collector/test/http-store.test.ts',
    also: ['core'],
    why: "core's HttpStore against a real collector (core is a devDependency of the collector for this test only)",
  },
  {
    file: 'packages/collector/test/store-follow-ups-resume.test.ts',
    also: ['core'],
    why: "core's follow-ups and resume kit (sealed in core, kept by the collector) against a real collector",
  },
];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const only = (packages) => `^packages/(${packages.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...Object.entries(LAYERS).map(([name, { may, why }]) => {
      const excepted = EXCEPTIONS.filter((e) => e.file.startsWith(`packages/${name}/`));
      return {
        name: `${name}-imports-${may.length ? `only-${may.join('-')}` : 'no-other-package'}`,
        severity: 'error',
        comment: why,
        from: {
          path: `^packages/${name}/`,
          // (never an empty list: that would match every path and switch the rule off)
          ...(excepted.length && { pathNot: excepted.map((e) => `^${escape(e.file)}$`) }),
        },
        to: { path: '^packages/', pathNot: only([name, ...may]) },
      };
    }),
    ...EXCEPTIONS.map(({ file, also, why }) => {
      const name = file.split('/')[1];
      return {
        name: `${name}-exception-imports-only-${[...LAYERS[name].may, ...also].join('-')}`,
        severity: 'error',
        comment: `${file}: ${why}`,
        from: { path: `^${escape(file)}$` },
        to: { path: '^packages/', pathNot: only([name, ...LAYERS[name].may, ...also]) },
      };
    }),
    {
      name: 'unknown-package',
      severity: 'error',
      comment:
        'A new package under packages/ needs its place in the graph: add it to LAYERS in .dependency-cruiser.cjs.',
      from: { path: '^packages/', pathNot: only(Object.keys(LAYERS)) },
      to: {},
    },
    {
      name: 'no-lit-in-model-sdk-collector',
      severity: 'error',
      comment: 'The model, the SDK and the collector run without a DOM: no Lit, lit-html or @lit/context.',
      from: { path: '^packages/(model|sdk|collector)/' },
      to: { path: LIT },
    },
    {
      name: 'no-relative-import-of-a-sibling-package',
      severity: 'error',
      comment:
        'Import another package by its name (@netweave/core), not by a path into its folder (../../core/src/…): ' +
        'the name goes through its exports map, as it does for an npm user.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: '^packages/$1/', dependencyTypesNot: ['aliased-workspace'] },
    },
    {
      name: 'no-relative-import-of-a-package',
      severity: 'error',
      comment: 'Scripts and examples import packages by name (@netweave/core), not by a path into packages/.',
      from: { path: '^(scripts|examples)/' },
      to: { path: '^packages/', dependencyTypesNot: ['aliased-workspace'] },
    },
    {
      name: 'no-package-source-imports-scripts-or-examples',
      severity: 'error',
      comment: "A package's published code cannot reach the repository's scripts/ or examples/ (tests may).",
      from: { path: '^packages/[^/]+/src/' },
      to: { path: '^(scripts|examples)/' },
    },
    {
      name: 'no-circular-in-package-source',
      severity: 'error',
      comment:
        "A package's src has no import cycle that runs when modules load. Edges that do not run then are " +
        'left out: `import type` (erased) and `import()` (the Welsh tables load on demand and name their ' +
        'type from the English ones, by design).',
      from: { path: '^packages/([^/]+)/src/' },
      to: {
        circular: true,
        path: '^packages/$1/src/',
        viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] },
      },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment:
        'Every import resolves (otherwise the rules above cannot see it). A workspace package that does not ' +
        'resolve has not been built, or the import names a path its exports map does not offer.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Workspace packages resolve to their built dist/ (where their exports map points): follow
    // nothing there or in node_modules, and start only from sources.
    doNotFollow: { path: ['(^|/)node_modules/', '^packages/[^/]+/(dist|cdn)/'] },
    exclude: { path: ['(^|/)(coverage|\\.turbo|test-artifacts)/', '(^|/)\\.[^/]+\\.cdn-entry\\.js$'] },
    // Type-only imports count: `import type` from core still ties the SDK's declarations to core.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Dependencies declared at the root (tests' tools) count for every package.
    combinedDependencies: true,
    // Symlinks in node_modules/@netweave lead to packages/<name>: report the real path.
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'node', 'default'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.jsx', '.json'],
      mainFields: ['types', 'module', 'main'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
