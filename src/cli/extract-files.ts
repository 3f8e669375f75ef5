import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractMany, type Document, type DocumentResult } from '../pipeline/batch.js';
import type { ExtractOptions } from '../pipeline/options.js';
import { createPool } from '../pool/index.js';
import { readInput, STDIN, type InputSource, type ReadOutcome } from './inputs.js';
import type { Io } from './io.js';
import { createProgress, noProgress } from './progress.js';

export interface ExtractSettings {
  jobs: number;
  jsonl: boolean;
  outDir: string | null;
}

/**
 * Extracts every input, on a pool of `jobs` workers when there is more than one file, and writes the results in
 * input order: one JSON file each under `--out`, JSON Lines with `file` for several inputs or `--jsonl`, else the
 * one result as JSON. Returns 1 if any input was skipped or failed (each named on stderr), else 0.
 */
export async function extractFiles(sources: readonly InputSource[], options: ExtractOptions, settings: ExtractSettings, io: Io): Promise<number> {
  let status = 0;
  const fail = (path: string, problem: string) => {
    status = 1;
    io.err(`claimex: ${path === STDIN ? 'standard input' : path}: ${problem}`);
  };
  const progress = io.progress && sources.length > 1 ? createProgress(sources.length, io.progressLine) : noProgress;

  async function* documents(): AsyncGenerator<Document> {
    for (const [index, source] of sources.entries()) {
      const read: ReadOutcome = source.path === STDIN ? await io.readStdin() : readInput(source.path);
      if ('problem' in read) {
        fail(source.path, read.problem);
        progress.tick();
      } else {
        yield { id: String(index), text: read.text };
      }
    }
  }

  const several = settings.jsonl || sources.length > 1;
  const write = async (result: DocumentResult) => {
    const source = sources[Number(result.id)]!;
    progress.tick();
    if (!result.ok) return fail(source.path, `${result.error.code}: ${result.error.message}`);
    if (settings.outDir !== null) {
      const target = join(settings.outDir, `${source.outName}.json`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${JSON.stringify(result.result, null, 2)}\n`);
    } else if (several) {
      await io.out(JSON.stringify({ file: source.path, ...result.result }));
    } else {
      await io.out(JSON.stringify(result.result, null, 2));
    }
  };

  if (settings.jobs > 1 && sources.length > 1) {
    const pool = createPool({ ...options, workers: Math.min(settings.jobs, sources.length) });
    try {
      for await (const result of pool.extractMany(documents())) await write(result);
    } finally {
      await pool.close();
    }
  } else {
    for await (const result of extractMany(documents(), options)) await write(result);
  }
  progress.done();
  return status;
}
