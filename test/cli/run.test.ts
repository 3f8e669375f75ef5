import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

async function capture(argv: string[], stdin: string | null = null): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    progressLine: () => {},
    readStdin: async () => ({ text: stdin ?? '' }),
    stdinPiped: stdin !== null,
    progress: false,
    cores: 1,
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'claimex-cli-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  'Mayor backs new tram line\n\nThe mayor said the tram line would open next spring, according to officials.\n',
);

describe('claimex CLI', () => {
  it('prints the extraction result of one file as JSON', async () => {
    const { code, out } = await capture([article]);
    expect(code).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result).toHaveProperty('claims');
    expect(result).toHaveProperty('article');
  });

  it('prints cleaned text, or the clean result as JSON with --json', async () => {
    const text = await capture(['clean', article]);
    expect(text.out.join('\n')).toContain('The mayor said the tram line would open next spring');
    const json = JSON.parse((await capture(['clean', '--json', article])).out.join('\n'));
    expect(json.text).toContain('tram line');
    expect(Array.isArray(json.removed)).toBe(true);
  });

  it('names an unreadable file on stderr, exits 1 and still processes the others', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = await capture(['clean', missing, article]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(missing);
    expect(out.join('\n')).toContain('tram line');
  });

  it('writes JSON Lines, one object per file, for several files', async () => {
    const { out } = await capture([article, article]);
    expect(out).toHaveLength(2);
    expect(JSON.parse(out[0]!).file).toBe(article);
  });

  it('rejects an unknown topic as a usage error', async () => {
    const { code, err } = await capture(['--topic', 'no-such-topic', article]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/unknown topic/);
  });

  it('asks for both folders in eval', async () => {
    expect((await capture(['eval', '--gold', dir])).code).toBe(2);
  });

  it.each([
    ['an unknown flag', ['--no-such-flag', article]],
    ['no input and nothing piped in', []],
    ['a number of jobs that is not one', ['--jobs', 'two', article]],
    ['--jobs 0', ['--jobs', '0', article]],
  ])('exits 2 on a usage error: %s', async (_name, argv) => {
    const { code, err, out } = await capture(argv);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/^claimex: /);
  });

  it('prints its version', async () => {
    const { code, out } = await capture(['--version']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("reads standard input for '-' and for no input when text is piped in", async () => {
    for (const argv of [['-'], []]) {
      const { code, out } = await capture(argv, 'The minister said the bridge would reopen in May.\n');
      expect(code).toBe(0);
      expect(JSON.parse(out.join('\n')).claims.length).toBeGreaterThan(0);
    }
  });

  it('reads folders recursively, keeping files by extension, in name order', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claimex-tree-'));
    mkdirSync(join(root, 'b', 'deep'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'The mayor said the tram would run.');
    writeFileSync(join(root, 'b', 'deep', 'c.md'), 'The mayor said the tram would stop.');
    writeFileSync(join(root, 'b', 'skip.json'), '{}');
    const files = async (argv: string[]) => (await capture([...argv, '--jsonl'])).out.map((line) => JSON.parse(line).file);
    expect(await files([root])).toEqual([join(root, 'a.txt'), join(root, 'b', 'deep', 'c.md')]);
    expect(await files([root, '--ext', 'md'])).toEqual([join(root, 'b', 'deep', 'c.md')]);
  });

  it('writes one JSON object with its file per line under --jsonl, even for one input', async () => {
    const { out } = await capture(['--jsonl', article]);
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!)).toMatchObject({ file: article });
  });

  it('writes one JSON file per input under --out, keeping the folder layout', async () => {
    const root = mkdtempSync(join(tmpdir(), 'claimex-in-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'one.txt'), 'The mayor said the tram would run.');
    writeFileSync(join(root, 'sub', 'two.txt'), 'The mayor said the tram would stop.');
    const target = mkdtempSync(join(tmpdir(), 'claimex-out-'));
    const { code, out } = await capture([root, '--out', target]);
    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(JSON.parse(readFileSync(join(target, 'sub', 'two.txt.json'), 'utf8'))).toHaveProperty('claims');
    expect(JSON.parse(readFileSync(join(target, 'one.txt.json'), 'utf8'))).toHaveProperty('claims');
  });

  it.each([
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    ['a Latin-1 file', Buffer.from('caf\xe9 said', 'latin1'), /UTF-8/],
  ])('skips %s with a one-line warning, exits 1 and still reads the others', async (_name, bytes, reason) => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, bytes);
    const { code, out, err } = await capture([bad, article]);
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(bad);
    expect(err[0]).toMatch(reason);
    expect(out.map((line) => JSON.parse(line).file)).toEqual([article]);
  });

  it("separates several files' cleaned text with a line naming each file", async () => {
    const { out } = await capture(['clean', article, article]);
    expect(out).toHaveLength(2);
    for (const text of out) expect(text.startsWith(`==> ${article} <==\n`)).toBe(true);
  });
});
