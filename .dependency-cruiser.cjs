// Module rules of src/ (npm run lint): no cycles, and no import against the data flow.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules import in one direction; a cycle means two modules are one, or a type sits in the wrong one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'cli-is-the-top',
      severity: 'error',
      comment: 'Only the command line (src/cli) imports src/cli: the library (api.ts, index.ts) and the stages must work without it.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'api-is-above-the-stages',
      severity: 'error',
      comment: 'api.ts and index.ts face users; no stage imports them.',
      from: { path: '^src/', pathNot: '^src/(cli/|index\\.ts$|api\\.ts$)' },
      to: { path: '^src/(api|index)\\.ts$' },
    },
    {
      name: 'sandbox-below-measure',
      severity: 'error',
      comment: 'The sandbox runs jobs; meters use it, never the other way round.',
      from: { path: '^src/(sandbox|harness)/' },
      to: { path: '^src/(measure|evaluate|score|report|store|profile|import)/' },
    },
    {
      name: 'pure-stages-stay-pure',
      severity: 'error',
      comment: 'Scores and problem specs are pure data and arithmetic: they run nothing (types of measurements are fine).',
      from: { path: '^src/(score|problem)/' },
      to: { path: '^src/(sandbox|evaluate|store|report|cli|profile|import)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dev-dependencies-in-src',
      severity: 'error',
      comment: 'The published package ships src/ without devDependencies.',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
