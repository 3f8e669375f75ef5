import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The package as a user gets it: `npm pack`, installed into an empty folder, used from ESM, CJS and the command line.
const root = resolve(import.meta.dirname, '../..');
const app = mkdtempSync(join(tmpdir(), 'claimex-app-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (file: string, args: string[] = []) => execFileSync(process.execPath, [file, ...args], { cwd: app, encoding: 'utf8' });

describe('the packed tarball', () => {
  afterAll(() => rmSync(app, { recursive: true, force: true }));

  it('installs into an empty folder and runs from ESM, CJS, a worker pool and the command line', () => {
    if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before this test');
    const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', app], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(app, tarball)], { cwd: app, encoding: 'utf8' });

    const text = 'The mayor said the tram line would open next spring.';
    writeFileSync(join(app, 'esm.mjs'), `import { extractClaims } from 'claimex';\nimport { createPool } from 'claimex/pool';\nconst pool = createPool({ workers: 1 });\nconst pooled = await pool.extract(${JSON.stringify(text)});\nawait pool.close();\nconsole.log(JSON.stringify([extractClaims(${JSON.stringify(text)}).claims.length, pooled.claims.length]));\n`);
    writeFileSync(join(app, 'cjs.cjs'), `const { extractClaims } = require('claimex');\nconsole.log(extractClaims(${JSON.stringify(text)}).claims.length);\n`);
    writeFileSync(join(app, 'article.txt'), text);
    expect(JSON.parse(run('esm.mjs'))).toEqual([1, 1]);
    expect(run('cjs.cjs').trim()).toBe('1');
    expect(run(join(app, 'node_modules/.bin/claimex'), ['article.txt', '--jsonl'])).toMatch(/^\{"file":"article.txt"/);
    expect(existsSync(join(app, 'node_modules/claimex/dist/THIRD_PARTY_NOTICES.md'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/claimex/LICENSE'))).toBe(true);
  }, 180_000);
});
