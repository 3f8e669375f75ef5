import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/index.js';
import { createContext } from '../../src/core/context.js';
import { resolveOptions } from '../../src/pipeline/options.js';

function contextFor(raw: string) {
  const options = resolveOptions(undefined);
  return createContext(raw, cleanText(raw, options.clean).article);
}

describe('context memo', () => {
  it('computes a value once per key and hands the same value to every later asker', () => {
    const ctx = contextFor('Rates rose.\n\nThe bank said it would act.');
    const key = {};
    let calls = 0;
    const first = ctx.memo(key, () => ({ calls: ++calls }));
    const second = ctx.memo(key, () => ({ calls: ++calls }));
    expect(second).toBe(first);
    expect(calls).toBe(1);
  });

  it('keeps keys apart, and remembers a computed undefined', () => {
    const ctx = contextFor('Rates rose.');
    const a = {};
    const b = {};
    expect(ctx.memo(a, () => 'a')).toBe('a');
    expect(ctx.memo(b, () => 'b')).toBe('b');
    let calls = 0;
    ctx.memo(a, () => 'ignored');
    const none = {};
    ctx.memo(none, () => {
      calls++;
      return undefined;
    });
    ctx.memo(none, () => {
      calls++;
      return undefined;
    });
    expect(calls).toBe(1);
  });

  it('shares nothing between calls', () => {
    const key = {};
    const one = contextFor('Rates rose.').memo(key, () => ({}));
    const two = contextFor('Rates rose.').memo(key, () => ({}));
    expect(two).not.toBe(one);
  });
});
