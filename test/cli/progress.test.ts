import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function clock(...times: number[]): () => number {
  let call = 0;
  return () => times[Math.min(call++, times.length - 1)]!;
}

describe('the progress line', () => {
  it('shows the count, the documents per second and the time left', () => {
    const lines: string[] = [];
    // start at 0 ms; the first tick is read at 1000 ms (check), drawn at 1000 ms, rated at 1000 ms
    const progress = createProgress(10, (text) => lines.push(text), clock(0, 1000, 1000, 1000));
    progress.tick();
    expect(lines.at(-1)).toMatch(/\r\[#{2} {22}\] 1\/10 {2}1\.0 docs\/s {2}ETA 9s/);
  });

  it('redraws at most every 100 ms, but always for the last document, and ends with a newline', () => {
    const lines: string[] = [];
    const progress = createProgress(3, (text) => lines.push(text), clock(0, 500, 500, 500, 520, 540, 540, 540));
    progress.tick();
    progress.tick();
    progress.tick();
    progress.done();
    expect(lines.filter((line) => line.startsWith('\r'))).toHaveLength(2);
    expect(lines.at(-2)).toContain('3/3');
    expect(lines.at(-1)).toBe('\n');
  });
});
