// The layers of lib/, lowest first. A folder may import from the folders before it, never from
// one after it, and never from a folder of its own level (overlay and popup are one level).
// `npm run lint` and the lint steps of `npm test` check them with tests/scripts/lib-layers.mjs;
// docs/architecture/lib-layers.mmd is the picture of these layers (`npm run graph` writes it,
// and the check fails while it is stale).
/** @type {string[][]} */
const LAYERS = [
  ['model'], // the shared types: imports nothing
  ['text'], // cleaning text from outside
  ['i18n'], // messages in English and Dutch
  ['settings'], // the configuration schema, import/export, policy
  ['portals'], // site knowledge as data: hosts, routes, selectors, field labels
  ['context'], // which tenant: signals weighed into a context
  ['display'], // the band's colours, their contrast and the tab title: pure, for the tabs' view
  ['forms'], // locate, read and fill the support form
  ['rules'], // findings and the checklist
  ['tabs'], // per-tab state and the verdict
  ['overlay', 'popup'], // what the overlay and the popup show
  ['store', 'release'], // the store listing and privacy texts, the release key: generated from all below
];

const folders = (names) => `^lib/(${names.join('|')})/`;

const layerRules = LAYERS.flatMap((level, index) => {
  const above = LAYERS.slice(index + 1).flat();
  return level.map((name) => ({
    name: `lib-${name}-layer`,
    comment:
      name === 'model'
        ? 'lib/model is the leaf: it imports nothing.'
        : `lib/${name} may import only the layers below it (${LAYERS.slice(0, index).flat().join(', ')}).`,
    severity: 'error',
    from: { path: folders([name]) },
    to:
      name === 'model'
        ? { pathNot: [folders(['model'])] }
        : { path: folders([...above, ...level.filter((other) => other !== name)]) },
  }));
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'lib-folder-in-a-layer',
      comment: 'Every folder of lib/ has its place in LAYERS, so a new folder cannot escape the layer rules.',
      severity: 'error',
      from: { path: '^lib/', pathNot: folders(LAYERS.flat()) },
      to: {},
    },
    {
      name: 'lib-is-pure',
      comment: 'lib/ must not depend on entrypoints/ or components/ (eslint also forbids browser APIs there).',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(entrypoints|components)/' },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles in the shipped code (a cycle of type-only imports is erased by the compiler).',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // conditionNames and exportsFields let it resolve subpath exports such as wxt/utils/match-patterns
    // (into node_modules, which the picture leaves out) instead of keeping them as unresolved nodes.
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
