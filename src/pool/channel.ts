/**
 * An async iterable fed by pushes, one item at a time: `taken` runs when the reader takes the item, which is the
 * moment the writer may send the next one (a stream's transform callback).
 */
export interface Channel<T> extends AsyncIterable<T> {
  push(value: T, taken: () => void): void;
  end(): void;
}

export function createChannel<T>(): Channel<T> {
  const items: Array<{ value: T; taken: () => void }> = [];
  let wake: (() => void) | null = null;
  let ended = false;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  return {
    push(value, taken) {
      items.push({ value, taken });
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        const next = items.shift();
        if (next) {
          next.taken();
          yield next.value;
        } else if (ended) {
          return;
        } else {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      }
    },
  };
}
