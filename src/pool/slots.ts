/** A counting semaphore: `take` waits while all `limit` slots are held, `give` hands one to the longest waiter. */
export interface Slots {
  take(): Promise<void>;
  give(): void;
}

export function createSlots(limit: number): Slots {
  let free = limit;
  const waiting: Array<() => void> = [];
  return {
    take() {
      if (free > 0) {
        free -= 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}
