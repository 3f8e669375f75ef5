// `npm run eval`: scores the library on the seed gold and the boilerplate pages in fixtures/.
// Pass --verbose to list misses, spurious claims and field errors per article.
import { evaluateFolders, formatReport } from '../src/cli/evaluate.js';

const root = new URL('..', import.meta.url).pathname;
const report = evaluateFolders({
  goldDir: `${root}fixtures/seeds`,
  rawDir: `${root}seeds`,
  boilerplateDir: `${root}fixtures/boilerplate`,
});
process.stdout.write(`${formatReport(report, process.argv.includes('--verbose'))}\n`);
