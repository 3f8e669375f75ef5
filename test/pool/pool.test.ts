import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PoolModule from '../../src/pool/index.js';
import type * as StreamModule from '../../src/stream.js';
import { extractMany, type DocumentInput, type DocumentResult } from '../../src/index.js';

// Worker threads run the built worker (dist/worker.js), so these tests use the built package.
const root = resolve(import.meta.dirname, '../..');
const seeds = readdirSync(join(root, 'seeds')).map((name) => readFileSync(join(root, 'seeds', name), 'utf8'));
const inputs: DocumentInput[] = [...seeds, 42 as unknown as DocumentInput, { id: 'own-url', text: seeds[0]!, url: 'https://news.example.org/a' }];

let poolModule: typeof PoolModule;
let streamModule: typeof StreamModule;
let pool: PoolModule.Pool;

async function collect(results: AsyncIterable<DocumentResult>): Promise<DocumentResult[]> {
  const all: DocumentResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('createPool (claimex/pool)', () => {
  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/worker.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
    poolModule = (await import(join(root, 'dist/pool.js'))) as typeof PoolModule;
    streamModule = (await import(join(root, 'dist/stream.js'))) as typeof StreamModule;
    pool = poolModule.createPool({ workers: 2, maxQueue: 1 });
  });
  afterAll(() => pool.close());

  it('gives the same results as extractMany on this thread, in input order, failures included', async () => {
    expect(await collect(pool.extractMany(inputs))).toEqual(await collect(extractMany(inputs)));
  });

  it('keeps input order and turns each failing document into its own typed error while both workers hold queued documents', async () => {
    // Under this limit the seeds fail inside the extraction (INPUT_TOO_LARGE), the short texts pass.
    const options = { maxInputChars: 1000 };
    const shapes: Array<(i: number) => unknown> = [
      (i) => `The mayor said the tram on line ${i} would run again.`,
      (i) => ({ id: `long-${i}`, text: seeds[i % seeds.length]! }),
      (i) => ({ id: `bad-url-${i}`, text: 'The minister said the port would reopen.', url: 'not a url' }),
      (i) => ({ id: `dated-${i}`, text: 'Officials said the bridge would close, the agency said.', published: '2024-03-01' }),
      (i) => i,
      (i) => ({ id: `topic-${i}`, text: 'The union said it opposed the new port fees.', topic: { name: 'port fees', terms: ['port fees'] } }),
    ];
    const mixed = Array.from({ length: 36 }, (_, i) => shapes[i % shapes.length]!(i)) as DocumentInput[];
    const limited = poolModule.createPool({ workers: 2, ...options });
    try {
      const pooled = await collect(limited.extractMany(mixed));
      expect(pooled).toEqual(await collect(extractMany(mixed, options)));
      expect(pooled.map((result) => (result.ok ? 'ok' : result.error.code)).slice(0, 6)).toEqual(['ok', 'INPUT_TOO_LARGE', 'INVALID_INPUT', 'ok', 'INVALID_INPUT', 'ok']);
    } finally {
      await limited.close();
    }
  });

  it('extracts one document, and rejects with the typed error of a bad one', async () => {
    const [own] = await collect(extractMany([inputs.at(-1)!]));
    expect(await pool.extract(inputs.at(-1)!)).toEqual((own as { result: unknown }).result);
    await expect(pool.extract(42 as unknown as string)).rejects.toMatchObject({ name: 'ClaimexError', code: 'INVALID_INPUT' });
  });

  it('reads its source no further ahead than the workers plus the queue', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 50; i++) {
        pulled += 1;
        yield `The mayor said the tram would run on line ${i}.`;
      }
    }
    const results = pool.extractMany(source());
    await results.next();
    expect(pulled).toBeLessThanOrEqual(2 + 1);
    await results.return(undefined);
  });

  it('takes rules from an options module in each worker, since functions do not cross threads', async () => {
    expect(() => poolModule.createPool({ workers: 1, refiners: (defaults) => defaults })).toThrow(/optionsModule/);
    const folder = mkdtempSync(join(tmpdir(), 'claimex-options-'));
    const module = join(folder, 'options.mjs');
    writeFileSync(module, "export default { refiners: [{ id: 'test/mark', refine: (_ctx, _analysis, drafts) => drafts.map((d) => ({ ...d, rules: [...d.rules, 'test/mark'] })) }] };\n");
    const marked = poolModule.createPool({ workers: 1, optionsModule: module });
    try {
      const result = await marked.extract('The mayor said the tram would run again.');
      expect(result.claims.length).toBeGreaterThan(0);
      for (const claim of result.claims) expect(claim.rules).toContain('test/mark');
    } finally {
      await marked.close();
    }
  });

  it('reports an options module that fails to load as every document\'s typed error, without ending the process', async () => {
    const broken = poolModule.createPool({ workers: 1, optionsModule: join(tmpdir(), 'claimex-no-such-options.mjs') });
    try {
      const results = await collect(broken.extractMany(['one', 'two']));
      expect(results.map((result) => [result.id, result.ok])).toEqual([['0', false], ['1', false]]);
      expect(results[0]).toMatchObject({ error: { code: 'EXTRACTION_FAILED', message: expect.stringContaining('claimex-no-such-options.mjs') } });
    } finally {
      await broken.destroy();
    }
  });

  it('rejects invalid options before starting a worker', () => {
    expect(() => poolModule.createPool({ workers: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => poolModule.createPool({ url: 'not a url' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('finishes documents handed in before close, then refuses new ones', async () => {
    const closing = poolModule.createPool({ workers: 1 });
    const pending = closing.extract(seeds[1]!);
    await closing.close();
    expect((await pending).claims.length).toBeGreaterThan(0);
    await expect(closing.extract(seeds[1]!)).rejects.toMatchObject({ code: 'POOL_CLOSED' });
  });

  it('closes through await using (Symbol.asyncDispose)', () => {
    expect(typeof pool[Symbol.asyncDispose]).toBe('function');
  });

  it('runs as an object-mode Transform in stream.pipeline, in input order', async () => {
    const seen: DocumentResult[] = [];
    const sink = new Writable({
      objectMode: true,
      write(result: DocumentResult, _encoding, done) {
        seen.push(result);
        done();
      },
    });
    await pipeline(Readable.from(inputs), streamModule.extractStream({ workers: 2 }), sink);
    expect(seen).toEqual(await collect(extractMany(inputs)));
  });

  it('holds the source back when the sink stops reading', async () => {
    let pulled = 0;
    const source = Readable.from(
      (function* () {
        for (let i = 0; i < 400; i++) {
          pulled += 1;
          yield `The mayor said the tram would run on line ${i}.`;
        }
      })(),
    );
    let first: () => void = () => {};
    const stalled = new Promise<void>((resolve) => (first = resolve));
    // A sink that takes one result and never asks for more.
    const sink = new Writable({ objectMode: true, highWaterMark: 1, write: () => first() });
    const stream = streamModule.extractStream({ workers: 1, maxQueue: 0 });
    source.pipe(stream).pipe(sink);
    await stalled;
    // Time for a stream without back-pressure to read on (a wait, not a timed assertion).
    await new Promise((resolve) => setTimeout(resolve, 300));
    // What the stream buffers is bounded by the streams' high-water marks, far below the source's 400 documents.
    expect(pulled).toBeLessThan(100);
    source.destroy();
    stream.destroy();
  });

  it('shares a running pool with a stream and leaves it open', async () => {
    const seen: DocumentResult[] = [];
    await pipeline(
      Readable.from(seeds.slice(0, 2)),
      streamModule.extractStream({ pool }),
      new Writable({
        objectMode: true,
        write(result: DocumentResult, _encoding, done) {
          seen.push(result);
          done();
        },
      }),
    );
    expect(seen.map((result) => result.id)).toEqual(['0', '1']);
    expect((await pool.extract(seeds[2]!)).claims.length).toBeGreaterThan(0);
  });
});
