import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

function capture(argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'claimex-cli-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  'Mayor backs new tram line\n\nThe mayor said the tram line would open next spring, according to officials.\n',
);

describe('claimex CLI', () => {
  it('prints the extraction result of one file as JSON', () => {
    const { code, out } = capture([article]);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result).toHaveProperty('claims');
    expect(result).toHaveProperty('article');
  });

  it('prints cleaned text, or the clean result as JSON with --json', () => {
    const text = capture(['clean', article]);
    expect(text.out.join('\n')).toContain('The mayor said the tram line would open next spring');
    const json = JSON.parse(capture(['clean', '--json', article]).out.join('\n'));
    expect(json.text).toContain('tram line');
    expect(Array.isArray(json.removed)).toBe(true);
  });

  it('names an unreadable file on stderr, exits 1 and still processes the others', () => {
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = capture(['clean', missing, article]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(missing);
    expect(out.join('\n')).toContain('tram line');
  });

  it('writes JSON Lines, one object per file, for several files', () => {
    const { out } = capture([article, article]);
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0]!).file).toBe(article);
  });

  it('rejects an unknown topic with a one-line error', () => {
    const { code, err } = capture(['--topic', 'no-such-topic', article]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/unknown topic/);
  });

  it('asks for both folders in eval', () => {
    expect(capture(['eval', '--gold', dir]).code).toBe(1);
  });
});
