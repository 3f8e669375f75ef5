// `npm run fuzz [-- --runs N --seed S --workers W --max-chars C --only I]`: generated inputs through the built
// package (dist/) on worker threads, checking on each result the properties of scripts/fuzz-inputs.mjs, that it
// costs at most 3x normal text per KB, and, on a sample, that a fresh worker reading the sample in reverse order
// gives the same output as the worker that read it after its random history.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { generateInput, resultFailures } from './fuzz-inputs.mjs';

const SAMPLE_EVERY = 97;
const PROGRESS_EVERY = 5_000;
const SLOWDOWN_LIMIT = 3;
/** Below this size the fixed cost of a call dominates, so time is compared as if the input had this many KB. */
const MIN_TIMED_KB = 8;

function parseArgs(argv) {
  const args = { runs: 100_000, seed: Math.floor(Math.random() * 2 ** 31), workers: Math.min(2, availableParallelism()), maxChars: 2000, only: null };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!(key in args)) throw new Error(`unknown option ${argv[i]}; use --runs, --seed, --workers, --max-chars, --only`);
    args[key] = Number(argv[i + 1]);
  }
  return args;
}

const digest = (result) => createHash('sha1').update(JSON.stringify(result)).digest('hex');

async function workerMain() {
  const { extractClaims, ExtractionResultSchema } = await import('../dist/index.js');
  const { seed, indices, maxChars, mode } = workerData;
  if (mode === 'fresh') {
    parentPort.postMessage({ digests: indices.map((index) => [index, digest(extractClaims(generateInput(seed, index, maxChars).raw))]) });
    return;
  }
  const normalMsPerKb = measureNormal(extractClaims);
  const failures = [];
  const samples = [];
  const byKind = {};
  for (const [done, index] of indices.entries()) {
    if (done > 0 && done % PROGRESS_EVERY === 0) parentPort.postMessage({ progress: PROGRESS_EVERY });
    const { kind, raw } = generateInput(seed, index, maxChars);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    let result;
    let ms;
    try {
      const t0 = performance.now();
      result = extractClaims(raw);
      ms = performance.now() - t0;
    } catch (error) {
      failures.push({ index, kind, property: 'no throw', detail: String(error?.stack ?? error).slice(0, 300) });
      continue;
    }
    for (const detail of resultFailures(raw, result, ExtractionResultSchema)) failures.push({ index, kind, property: 'result', detail });
    const allowed = SLOWDOWN_LIMIT * normalMsPerKb * Math.max(raw.length / 1024, MIN_TIMED_KB);
    if (ms > allowed) {
      // A pause of the collector or of a neighbour's process is no property of the input: time it twice more.
      const again = Math.min(...[0, 1].map(() => { const t0 = performance.now(); extractClaims(raw); return performance.now() - t0; }));
      if (again > allowed) failures.push({ index, kind, property: 'time per KB', detail: `${again.toFixed(1)} ms for ${raw.length} chars, allowed ${allowed.toFixed(1)}` });
    }
    if (index % SAMPLE_EVERY === 0) samples.push([index, digest(result)]);
  }
  parentPort.postMessage({ failures, samples, byKind, normalMsPerKb });
}

/** ms per KB of normal text: the seed articles (real news pages) joined to about 64 KB, best of three. */
function measureNormal(extractClaims) {
  const dir = new URL('../seeds/', import.meta.url);
  const articles = readdirSync(dir).map((name) => readFileSync(new URL(name, dir), 'utf8'));
  const parts = [];
  for (let i = 0, size = 0; size < 64 * 1024; i++) {
    // A numbered copy: verbatim repeats would be dropped by the cleaner as duplicate lines.
    const part = `${articles[i % articles.length]} (${i})`;
    parts.push(part);
    size += part.length + 2;
  }
  const text = parts.join('\n\n');
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extractClaims(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best / (text.length / 1024);
}

let progressed = 0;

function runWorker(data) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    worker.on('message', (message) => {
      if (message.progress === undefined) resolve(message);
      else console.log(`  ${(progressed += message.progress)} inputs read`);
    });
    worker.once('error', reject);
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.only !== null) {
    console.log(JSON.stringify(generateInput(args.seed, args.only, args.maxChars)));
    return;
  }
  console.log(`claimex fuzz: seed ${args.seed}, ${args.runs} inputs, ${args.workers} workers, up to ${args.maxChars} characters`);
  console.log(`(repeat with: npm run fuzz -- --runs ${args.runs} --seed ${args.seed}; show one input with --only INDEX)`);
  const started = performance.now();
  const shares = Array.from({ length: args.workers }, (_, w) => {
    const indices = [];
    for (let i = w; i < args.runs; i += args.workers) indices.push(i);
    // Each worker reads its share in a shuffled order, so every input has a different random history.
    for (let i = indices.length - 1; i > 0; i--) {
      const j = (Math.imul(args.seed ^ i, 2654435761) >>> 0) % (i + 1);
      [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    return indices;
  });
  const reports = await Promise.all(shares.map((indices) => runWorker({ seed: args.seed, indices, maxChars: args.maxChars, mode: 'history' })));
  const failures = reports.flatMap((report) => report.failures);
  const samples = new Map(reports.flatMap((report) => report.samples));
  const reversed = [...samples.keys()].sort((a, b) => b - a);
  const fresh = await runWorker({ seed: args.seed, indices: reversed, maxChars: args.maxChars, mode: 'fresh' });
  const historyFailures = fresh.digests.filter(([index, hash]) => samples.get(index) !== hash).map(([index]) => index);
  const seconds = (performance.now() - started) / 1000;

  const byKind = {};
  for (const report of reports) for (const [kind, count] of Object.entries(report.byKind)) byKind[kind] = (byKind[kind] ?? 0) + count;
  console.log(`\n${args.runs} inputs in ${seconds.toFixed(0)} s; normal text ${reports.map((r) => r.normalMsPerKb.toFixed(2)).join(' / ')} ms/KB`);
  for (const [kind, count] of Object.entries(byKind)) console.log(`  ${kind.padEnd(26)} ${count}`);
  const byProperty = {};
  for (const failure of failures) byProperty[failure.property] = (byProperty[failure.property] ?? 0) + 1;
  console.log(`\nfailures: ${failures.length}  ${JSON.stringify(byProperty)}`);
  for (const failure of failures.slice(0, 20)) console.log(`  #${failure.index} (${failure.kind}) ${failure.property}: ${failure.detail}`);
  console.log(`history independence: ${historyFailures.length} of ${samples.size} sampled results differ in a fresh worker reading them in reverse order`);
  if (historyFailures.length > 0) console.log(`  indices: ${historyFailures.slice(0, 20).join(', ')}`);
  process.exitCode = failures.length + historyFailures.length > 0 ? 1 : 0;
}

if (isMainThread) await main();
else await workerMain();
