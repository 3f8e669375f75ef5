// A BullMQ worker: takes { id, text, url? } jobs, extracts them on a claimex pool, and stores each result under its
// document id. Run as many of these as you like, on as many machines, against one Redis.
//
//   REDIS_URL=redis://host:6379 CLAIMEX_WORKERS=2 node examples/queue-worker/worker.mjs
import { Worker } from 'bullmq';
import { createPool } from 'claimex/pool';
import { connect, FAILURES, QUEUE, RESULTS } from './connection.mjs';

const connection = connect();
const pool = createPool({ workers: Number(process.env.CLAIMEX_WORKERS ?? 0) || undefined });

/** The document's result, or its typed error as data: a bad document is an answer, not a job to retry. */
async function extractOne(doc) {
  for await (const outcome of pool.extractMany([doc])) return outcome;
}

const worker = new Worker(
  QUEUE,
  async (job) => {
    const { id, text, url } = job.data;
    const outcome = await extractOne({ id, text, ...(url ? { url } : {}) });
    // HSET on the document id: a job run twice (at-least-once delivery) writes the same field twice, never two results.
    if (outcome.ok) {
      await connection.multi().hset(RESULTS, id, JSON.stringify(outcome.result)).hdel(FAILURES, id).exec();
    } else {
      await connection.hset(FAILURES, id, JSON.stringify(outcome.error));
    }
    return outcome.ok;
  },
  {
    connection,
    // Enough jobs in hand to keep every thread busy, and no more (the pool holds the rest back).
    concurrency: pool.workers * 2,
    // A worker that dies loses its lock after lockDuration; its jobs go back to the queue at the next stalled check.
    lockDuration: Number(process.env.CLAIMEX_LOCK_MS ?? 30_000),
    stalledInterval: Number(process.env.CLAIMEX_STALLED_MS ?? 30_000),
  },
);
worker.on('error', (error) => console.error(`claimex worker: ${error.message}`));

async function stop() {
  await worker.close();
  await pool.close();
  await connection.quit();
  process.exit(0);
}
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
