// The one Redis every producer and worker shares: REDIS_URL, or redis://127.0.0.1:6379.
import { Redis } from 'ioredis';

export const QUEUE = process.env.CLAIMEX_QUEUE ?? 'claimex';
/** The hash of results: field = document id, value = the result as JSON. */
export const RESULTS = `${QUEUE}:results`;
/** The hash of failures: field = document id, value = `{ code, message }`. */
export const FAILURES = `${QUEUE}:failures`;

export function connect() {
  // BullMQ's blocking commands need maxRetriesPerRequest: null.
  return new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
}
