import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

// examples/queue-worker against a real Redis: 500 documents, two worker processes, one killed mid-run.
const root = resolve(import.meta.dirname, '../..');
const example = join(root, 'examples/queue-worker');
const redisFound = spawnSync('redis-server', ['--version']).status === 0;
const DOCUMENTS = 500;
const QUEUE = 'claimex-test';

const speakers = ['The harbour master', 'A city spokesperson', 'Councillor Ines Varga', 'The transport minister', 'Union leader Tomas Brenner'];
const cues = ['said', 'told reporters', 'insisted', 'warned'];
const subjects = ['the ferry timetable', 'the new tram depot', 'the bridge tolls', 'the night buses', 'the river barrier'];
function documentText(n: number): string {
  const speaker = speakers[n % speakers.length]!;
  const subject = subjects[Math.floor(n / speakers.length) % subjects.length]!;
  return [
    `Plan ${n} for ${subject} goes to a vote`,
    '',
    `${speaker} ${cues[n % cues.length]} that ${subject} would change by week ${n % 52}.`,
    '',
    `"We cannot wait another ${n % 9 + 2} years," ${speaker.toLowerCase().startsWith('the') ? 'the official' : speaker.split(' ').at(-1)} said on Tuesday.`,
    '',
    `The council meets again in ${n % 12 + 1} weeks.`,
  ].join('\n');
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function until(condition: () => Promise<boolean>, what: string, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((resume) => setTimeout(resume, 200));
  }
}

const exited = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', () => done())));

const title = redisFound
  ? 'examples/queue-worker on a real Redis'
  : 'examples/queue-worker: SKIPPED, redis-server not found (apt-get install redis-server; .ci/run does)';
describe.skipIf(!redisFound)(title, () => {
  let redisProcess: ChildProcess;
  let redis: Redis;
  let url: string;
  let folder: string;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/worker.js'))) throw new Error('dist/ is missing: run `npm run build` before this test');
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    redisProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy: () => 100 });
    // Refused connections while redis-server starts are expected; until() retries them.
    redis.on('error', () => {});
    await until(async () => redis.ping().then(() => true, () => false), 'redis-server to answer', 15);
    folder = mkdtempSync(join(tmpdir(), 'claimex-queue-'));
    for (let n = 0; n < DOCUMENTS; n++) writeFileSync(join(folder, `doc-${String(n).padStart(3, '0')}.txt`), documentText(n));
  }, 30_000);

  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await redis?.quit().catch(() => {});
    redisProcess?.kill('SIGTERM');
    if (redisProcess) await exited(redisProcess);
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('gives every document exactly one result, equal to the in-process result, after a worker is killed mid-run', async () => {
    const env = { ...process.env, REDIS_URL: url, CLAIMEX_QUEUE: QUEUE, CLAIMEX_WORKERS: '1', CLAIMEX_LOCK_MS: '3000', CLAIMEX_STALLED_MS: '1000' };
    const produced = spawnSync(process.execPath, [join(example, 'producer.mjs'), folder], { env, encoding: 'utf8', timeout: 60_000 });
    expect(produced.stderr).toBe('');
    expect(produced.stdout).toContain(`enqueued ${DOCUMENTS} documents`);

    for (let n = 0; n < 2; n++) workers.push(spawn(process.execPath, [join(example, 'worker.mjs')], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    const results = `${QUEUE}:results`;
    await until(async () => (await redis.hlen(results)) >= DOCUMENTS / 5, 'a fifth of the results', 60);
    workers[0]!.kill('SIGKILL');
    await exited(workers[0]!);
    expect(await redis.hlen(results)).toBeLessThan(DOCUMENTS);

    const queue = new Queue(QUEUE, { connection: redis });
    await until(async () => {
      const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
      return (counts.completed ?? 0) + (counts.failed ?? 0) === DOCUMENTS;
    }, 'every job to finish', 120);
    expect((await queue.getJobCounts('failed')).failed).toBe(0);

    const stored = await redis.hgetall(results);
    expect(Object.keys(stored).sort()).toEqual(Array.from({ length: DOCUMENTS }, (_, n) => `doc-${String(n).padStart(3, '0')}.txt`));
    for (const [id, json] of Object.entries(stored)) {
      expect(JSON.parse(json), id).toEqual(extractClaims(documentText(Number(id.slice(4, 7)))));
    }
    expect(await redis.hlen(`${QUEUE}:failures`)).toBe(0);
    await queue.close();
  }, 240_000);
});
