// Enqueues every .txt and .md file under a folder as one job { id, text }, the id being the file's path below the
// folder. The job id is the document id, so running the producer again does not enqueue a document twice while its
// job is still kept by BullMQ.
//
//   REDIS_URL=redis://host:6379 node examples/queue-worker/producer.mjs FOLDER
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { Queue } from 'bullmq';
import { connect, QUEUE } from './connection.mjs';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node producer.mjs FOLDER');
  process.exit(2);
}

const files = readdirSync(folder, { recursive: true })
  .map(String)
  .filter((name) => ['.txt', '.md'].includes(extname(name).toLowerCase()))
  .sort();
const connection = connect();
const queue = new Queue(QUEUE, { connection });
const BATCH = 200;
for (let start = 0; start < files.length; start += BATCH) {
  const jobs = files.slice(start, start + BATCH).map((name) => {
    const id = relative(folder, join(folder, name));
    return {
      name: 'extract',
      data: { id, text: readFileSync(join(folder, name), 'utf8') },
      opts: { jobId: id, attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: 10_000 },
    };
  });
  await queue.addBulk(jobs);
}
console.log(`enqueued ${files.length} documents on "${QUEUE}"`);
await queue.close();
await connection.quit();
