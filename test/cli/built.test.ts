import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The command as installed: the built file in a child process, with real pipes.
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli.js');

function claimex(args: string[], input?: string | Buffer) {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
}

describe('the built claimex command', () => {
  beforeAll(() => {
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` before these tests');
  });

  it('prints the package version', () => {
    const { status, stdout } = claimex(['--version']);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it("reads piped standard input as one article for '-'", () => {
    const seeds = readdirSync(join(root, 'seeds')).map((name) => readFileSync(join(root, 'seeds', name)));
    const { status, stdout, stderr } = claimex(['-'], Buffer.concat(seeds));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).claims.length).toBeGreaterThan(0);
  });

  it('ends quietly when the reader closes the pipe after the first line', async () => {
    const child = spawn(process.execPath, [cli, 'seeds/', '--jsonl'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((done) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('\n')) {
          child.stdout.destroy();
          done(seen.slice(0, seen.indexOf('\n')));
        }
      });
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(JSON.parse(first)).toHaveProperty('file');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('extracts a folder on two workers into one JSON file per input, equal to the in-process result', () => {
    const target = mkdtempSync(join(tmpdir(), 'claimex-out-'));
    const { status, stdout, stderr } = claimex(['fixtures/', '--jobs', '2', '--out', target]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const inOrder = claimex(['fixtures/', '--jobs', '1', '--jsonl']).stdout.trim().split('\n');
    expect(inOrder.length).toBeGreaterThan(10);
    for (const line of inOrder) {
      const { file, ...single } = JSON.parse(line);
      const written = JSON.parse(readFileSync(join(target, `${file.slice('fixtures/'.length)}.json`), 'utf8'));
      expect(written, file).toEqual(single);
    }
  });

  it('skips a binary file with a one-line warning and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'claimex-bin-'));
    writeFileSync(join(folder, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(folder, 'story.txt'), 'The mayor said the tram would run again in May.');
    const { status, stdout, stderr } = claimex([folder, '--jobs', '2']);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`claimex: ${join(folder, 'image.txt')}: binary file skipped`]);
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line).file)).toEqual([join(folder, 'story.txt')]);
  });

  it('exits 2 with a message and no stack trace on a usage error', () => {
    const { status, stdout, stderr } = claimex(['--no-such-flag']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^claimex: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('runs with the built module on its own, outside a TypeScript loader', () => {
    expect(execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' })).toMatch(/Exit status/);
  });
});
