// `node scripts/memory-profile.mjs [MB]` (after `npm run build`): which stage of the pipeline makes the peak memory
// of one long article (the seed paragraphs grown to MB, 10 by default, as `npm run bench` measures it).
//
// While one call runs, V8 rarely collects its old generation: on a 10 MB article the last full collection comes
// during the analysis, and its heap limit is then several times the live heap. So nearly every byte a stage
// promotes to the old generation (what survives two young-generation collections: its results, and any structure it
// keeps across the whole article) stays until the call ends, and the peak is about the sum of what the stages
// promote, not the largest live set. This prints those bytes per stage, as V8's sampling heap profiler counts them
// (objects that died young left out), and the call sites that promoted most.
import inspector from 'node:inspector';
import { extractClaims } from '../dist/index.js';
import { grownArticle, seedArticles } from './grown-article.mjs';

const mb = Number(process.argv[2] ?? 10);
const MB = 1024 * 1024;
/** A stage is named by the pipeline's call under `runPipeline`; the maps that make drafts and records by what they call. */
const STAGES = new Map(Object.entries({
  cleanText: 'clean',
  analyse: 'analyse',
  findAttributions: 'attribution',
  resolveWith: 'speakers',
  draftClaim: 'drafts',
  runRule: 'refiners',
  assertDrafts: 'refiners',
  toClaim: 'records',
  classifyClaims: 'stance classifier',
}));

const session = new inspector.Session();
session.connect();
/** The in-process inspector answers synchronously. */
function post(method, params) {
  let answer;
  session.post(method, params, (error, result) => {
    if (error) throw error;
    answer = result;
  });
  return answer;
}

extractClaims(seedArticles()[0]);
const text = grownArticle(mb);
post('HeapProfiler.startSampling', { samplingInterval: 32 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false });
const result = extractClaims(text);
const { profile } = post('HeapProfiler.getSamplingProfile');
post('HeapProfiler.stopSampling');
const peakMb = process.resourceUsage().maxRSS / 1024;

const byStage = new Map();
const bySite = new Map();
function stageOf(names) {
  const top = names.indexOf('runPipeline');
  if (top === -1) return 'outside the call';
  for (const name of names.slice(top + 1, top + 4)) if (STAGES.has(name)) return STAGES.get(name);
  return 'drafts, records';
}
function visit(node, names, owners) {
  const { functionName, url } = node.callFrame;
  const path = [...names, functionName];
  if (node.selfSize > 0) {
    const stage = stageOf(path);
    byStage.set(stage, (byStage.get(stage) ?? 0) + node.selfSize);
    // dist/ is minified to a few lines, so a site is named by its function and the nearest named function of claimex
    // or wink above it (builtins such as map and anonymous callbacks skipped).
    const site = `${stage.padEnd(16)} ${owners.at(-1) ?? ''} › ${functionName || '(anonymous)'}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
  }
  const owner = functionName !== '' && url !== '' ? [...owners, functionName] : owners;
  for (const child of node.children) visit(child, path, owner);
}
visit(profile.head, [], []);

const mbText = (bytes) => (bytes / MB).toFixed(1).padStart(7);
const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
console.log(`${mb} MB article, ${result.claims.length} claims: peak RSS ${peakMb.toFixed(0)} MB`);
console.log('\nMB promoted to the old generation, by stage');
for (const [stage, bytes] of sorted(byStage)) console.log(`${mbText(bytes)}  ${stage}`);
console.log('\nthe sites that promoted most');
for (const [site, bytes] of sorted(bySite).slice(0, 20)) console.log(`${mbText(bytes)}  ${site}`);
