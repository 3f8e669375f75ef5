/**
 * Maps a source through an asynchronous function with at most `window` calls in flight, yielding in source order.
 * It pulls the next item only when a slot frees, so a slow consumer holds the source back (back-pressure), and it
 * never holds more than `window` results. `work` must not reject: failures are results too.
 */
export async function* orderedMap<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  window: number,
  work: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R, void, undefined> {
  const pending: Array<Promise<R>> = [];
  let index = 0;
  for await (const item of source) {
    pending.push(work(item, index));
    index += 1;
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
