import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Format } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { clean, extractClaims } from '../../src/index.js';
import { bundle, projectWithClaimex, seedArticles } from './installed-package.js';

/** A serverless-style handler: reads the articles named on the command line, prints claims and cleaned text. */
const HANDLER = `
import { readFileSync } from 'node:fs';
import { clean, extractClaims } from 'claimex';
export function handler(text) {
  return { claims: extractClaims(text), cleaned: clean(text).text };
}
const results = process.argv.slice(2).map((file) => handler(readFileSync(file, 'utf8')));
process.stdout.write(JSON.stringify(results));
`;

/** Dates read by the parsers chrono would use if it lost the class names the date reader leaves out by. */
const CLOCK_AND_MONTH = [
  'Port deal stalls\n\nPublished March 4, 2024\n\n“We will not sign,” the minister said at 10:30 pm on Tuesday.',
  'Port deal stalls\n\nPublished March 4, 2024\n\n“We will wait,” the harbour master said in March, 3 hours before the vote.',
];

describe.each<[Format, boolean]>([
  ['esm', false],
  ['cjs', false],
  ['esm', true],
])('a Node function bundled with esbuild --platform=node --bundle (%s, minified: %s)', (format, minify) => {
  const project = projectWithClaimex();
  const seeds = [...seedArticles(), ...CLOCK_AND_MONTH.map((text, i): [string, string] => [`dates-${i}.txt`, text])];
  const seedDir = mkdtempSync(join(tmpdir(), 'claimex-seeds-'));
  const files = seeds.map(([name, text]) => {
    writeFileSync(join(seedDir, name), text);
    return join(seedDir, name);
  });
  const bundled = bundle(project, HANDLER, 'node', format, minify);

  it('carries the model through the package’s public import, not the Node file reader', async () => {
    const { inputs } = await bundled;
    expect(inputs.some((input) => input.endsWith('dist/model-loader-package.js'))).toBe(true);
    expect(inputs.some((input) => input.includes('model-loader-files'))).toBe(false);
    expect(inputs.some((input) => input.includes('wink-eng-lite-web-model'))).toBe(true);
  });

  it('runs alone in an empty folder and gives the library’s claims and cleaned text on the seeds and on dates', async () => {
    const { code } = await bundled;
    const alone = mkdtempSync(join(tmpdir(), 'claimex-function-'));
    const script = join(alone, format === 'esm' ? 'handler.mjs' : 'handler.cjs');
    writeFileSync(script, code);
    const output = execFileSync(process.execPath, [script, ...files], { cwd: alone, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const expected = seeds.map(([, text]) => ({ claims: extractClaims(text), cleaned: clean(text).text }));
    expect(JSON.parse(output)).toEqual(expected);
  });
});
