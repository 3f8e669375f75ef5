/**
 * The pipeline's dependency order: a module may import only from its own layer or a layer before it.
 *   core → lang → text → gazetteer → clean → attribution → speakers → enrich → records → pipeline → entries
 * Type-only imports count: a cycle through types is still a cycle a reader has to untangle.
 */
const layers = ['core', 'lang', 'text', 'gazetteer', 'clean', 'attribution', 'speakers', 'enrich', 'records', 'pipeline'];
const entries = '^src/(index|cli|eval|testing|stream|batch|pool|worker)';

const layerPath = (layer) => (layer === 'records' ? '^src/records\\.ts$' : `^src/${layer}/`);

const againstTheOrder = layers.map((layer, index) => ({
  name: `${layer}-imports-only-earlier-layers`,
  comment: `${layer} may import only ${layers.slice(0, index + 1).join(', ')}`,
  severity: 'error',
  from: { path: layerPath(layer) },
  to: {
    path: `(${[...layers.slice(index + 1).map(layerPath), entries].join('|')})`,
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'No import cycle, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'src-in-a-layer',
      comment: 'Every source file belongs to a layer of the pipeline or is an entry point.',
      severity: 'error',
      from: { path: '^src/', pathNot: `(${[...layers.map(layerPath), entries].join('|')})` },
      to: {},
    },
    ...againstTheOrder,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
