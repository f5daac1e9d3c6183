/**
 * The layers of src/ and the rules that keep imports pointing down them (dependency-cruiser;
 * run by `npm run check:layers` and by tests/unit/layers.test.ts). No exceptions: a file
 * either sits in a layer and imports only its own layer and lower ranks, or the check fails.
 *
 * Data flows one way: content → engine → machine → islands → DOM (docs/decisions/0017).
 *
 * Limit: dependency-cruiser has no parser for .astro files. They are scanned, so nothing in
 * a lower layer may import one, but the imports in their frontmatter are not read; they sit
 * in the two top layers (components, pages), where only components importing pages could break
 * the order. `npm run check` (astro check) still type-checks them.
 */

/** The layers, lowest rank first. A layer may import itself and every layer of a lower rank; never a layer of its own rank or above. */
const LAYERS = [
  { name: 'engine', rank: 0, path: '^src/engine/', is: 'the decision model: pure TypeScript, no package at all' },
  { name: 'data', rank: 0, path: '^content/', is: 'the prose (yaml, json, md), read by the layers above' },
  { name: 'styles', rank: 0, path: '^src/styles/', is: 'stylesheets' },
  { name: 'links', rank: 1, path: '^src/links\\.ts$', is: "the site's addresses, used by all above" },
  { name: 'content', rank: 1, path: '^src/content(/|\\.config\\.ts$)', is: 'schemas, readers and loaders of the prose' },
  { name: 'result', rank: 2, path: '^src/result/', is: 'the result document and its renderings without a DOM, the result page model' },
  { name: 'flow', rank: 2, path: '^src/flow/', is: 'the XState machine: routing only' },
  { name: 'embed', rank: 2, path: '^src/embed/', is: "the host loader and the frame's side of the embed protocols" },
  { name: 'social', rank: 2, path: '^src/social/', is: 'link previews: meta tags and build-time cards' },
  { name: 'plan', rank: 3, path: '^src/plan/', is: 'the hiring plan: timeline, rates, cost, exports, two scenarios (drawn from the result document)' },
  { name: 'session', rank: 3, path: '^src/session/', is: 'one quiz session per page, given a host' },
  { name: 'share', rank: 3, path: '^src/share/', is: "the link builder's model" },
  { name: 'embed-builder', rank: 3, path: '^src/embed-builder/', is: "the embed builder's model" },
  { name: 'islands', rank: 4, path: '^src/islands/', is: 'Preact islands' },
  { name: 'components', rank: 5, path: '^src/components/', is: 'server-only .astro parts and their inline scripts' },
  { name: 'pages', rank: 6, path: '^src/pages/', is: 'the routes of contract.md' },
];

const anyOf = (layers) => layers.map((layer) => `(${layer.path})`).join('|');

/** One rule per layer: from it, no import of a layer of its own rank (other than itself) or above. */
const layerRules = LAYERS.map((layer) => {
  const allowed = LAYERS.filter((other) => other === layer || other.rank < layer.rank);
  return {
    name: `layer-${layer.name}`,
    comment: `${layer.name} (${layer.is}, rank ${layer.rank}) may import only ${allowed.map((other) => other.name).join(', ')}.`,
    severity: 'error',
    from: { path: layer.path },
    to: { path: '^(src|content)/', pathNot: anyOf(allowed) },
  };
});

/** The engine and the machine, tighter than their rank; then packages, by the layers that may use them. */
const packageRules = [
  {
    name: 'engine-is-pure',
    comment: 'The engine imports nothing outside src/engine/: no astro:*, preact, xstate, not even node:*.',
    severity: 'error',
    from: { path: '^src/engine/' },
    to: { pathNot: '^src/engine/' },
  },
  {
    name: 'flow-asks-the-engine',
    comment: 'The machine only routes: its guards ask the engine (engine/answers.ts), nothing else of src/.',
    severity: 'error',
    from: { path: '^src/flow/' },
    to: { path: '^src/', pathNot: '^src/(flow|engine)/' },
  },
  {
    name: 'preact-only-in-islands',
    comment: 'Preact renders in src/islands/ and nowhere else.',
    severity: 'error',
    from: { pathNot: '^src/islands/' },
    to: { path: '^node_modules/preact/' },
  },
  {
    name: 'signals-in-models-and-islands',
    comment: "@preact/signals: the islands and the models they render (the result page's, the two builders').",
    severity: 'error',
    from: { pathNot: '^src/(islands|result|share|embed-builder)/' },
    to: { path: '^node_modules/@preact/' },
  },
  {
    name: 'xstate-in-flow-and-session',
    comment: 'The machine lives in src/flow/; the session steps it.',
    severity: 'error',
    from: { pathNot: '^src/(flow|session)/' },
    to: { path: '^node_modules/xstate/' },
  },
  {
    name: 'astro-at-build-time',
    comment: "astro and astro:* (collections) only where pages are built: content's loaders, components, pages.",
    severity: 'error',
    from: { pathNot: '^src/(content|components|pages)/|^src/content\\.config\\.ts$' },
    to: { path: '^astro(:|$|/)|^node_modules/astro/' },
  },
];

module.exports = {
  forbidden: [
    ...layerRules,
    ...packageRules,
    {
      name: 'in-a-layer',
      comment: 'Every file of src/ belongs to a layer (LAYERS in .dependency-cruiser.cjs).',
      severity: 'error',
      from: { path: '^src/', pathNot: anyOf(LAYERS) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'No module reaches itself through its imports.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: "Every import resolves to a file or a package (astro:* are Astro's virtual modules).",
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    // Type-only imports count too: a type from a higher layer is an upward import.
    tsPreCompilationDeps: true,
    doNotFollow: { path: '^node_modules/' },
    // Scanned, not parsed (see the limit above): so lower layers cannot import them unseen.
    extraExtensionsToScan: ['.astro', '.css'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
