/** A one-line progress bar redrawn in place: count, documents per second and time left. */
export interface Progress {
  tick(): void;
  done(): void;
}

const REDRAW_MS = 100;
const WIDTH = 24;

export function createProgress(total: number, write: (text: string) => void, now: () => number = () => performance.now()): Progress {
  const start = now();
  let count = 0;
  let drawn = -Infinity;
  const draw = () => {
    const seconds = Math.max((now() - start) / 1000, 1e-3);
    const rate = count / seconds;
    const filled = total > 0 ? Math.round((WIDTH * count) / total) : 0;
    const eta = rate > 0 ? Math.ceil((total - count) / rate) : 0;
    write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${count}/${total}  ${rate.toFixed(1)} docs/s  ETA ${eta}s `);
  };
  return {
    tick() {
      count += 1;
      if (now() - drawn < REDRAW_MS && count < total) return;
      drawn = now();
      draw();
    },
    done() {
      if (count > 0) write('\n');
    },
  };
}

export const noProgress: Progress = { tick() {}, done() {} };
