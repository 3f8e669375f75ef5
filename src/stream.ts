import { Transform } from 'node:stream';
import type { DocumentInput } from './pipeline/batch.js';
import { createChannel } from './pool/channel.js';
import { createPool, type Pool, type PoolOptions } from './pool/index.js';

/** `extractStream`'s options: a pool's options, or a running pool to share (the stream then leaves it open). */
export type ExtractStreamOptions = PoolOptions & { pool?: Pool };

/**
 * An object-mode Transform over a worker pool: write article texts or `{ id, text, url?, published?, topic? }`
 * documents, read one `DocumentResult` per input, in input order. A write completes when the pool takes the document,
 * and the pool takes one only when a slot frees and the reading side keeps up, so
 * `pipeline(source, extractStream(), sink)` holds a fast source back. A pool the stream started is closed when the
 * stream ends and destroyed when the stream is.
 */
export function extractStream(options: ExtractStreamOptions = {}): Transform {
  const { pool: shared, ...poolOptions } = options;
  const pool = shared ?? createPool(poolOptions);
  const inputs = createChannel<DocumentInput>();
  const stream = new Transform({
    objectMode: true,
    transform(chunk: DocumentInput, _encoding, callback) {
      inputs.push(chunk, () => callback());
    },
    flush(callback) {
      inputs.end();
      results.then(() => (shared ? undefined : pool.close())).then(() => callback(), callback);
    },
    destroy(error, callback) {
      inputs.end();
      (shared ? Promise.resolve() : pool.destroy()).then(
        () => callback(error),
        () => callback(error),
      );
    },
  });
  const results = (async () => {
    for await (const result of pool.extractMany(inputs)) stream.push(result);
  })();
  results.catch((error: unknown) => stream.destroy(error as Error));
  return stream;
}

export type { DocumentInput, DocumentResult } from './pipeline/batch.js';
export type { Pool, PoolOptions } from './pool/index.js';
