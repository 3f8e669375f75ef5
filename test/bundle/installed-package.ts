import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Format, type Platform } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The repository's seed articles, by file name. */
export function seedArticles(): Array<[string, string]> {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => [name, readFileSync(join(dir, name), 'utf8')]);
}

/**
 * A project folder with claimex installed the way npm installs it: the package's `package.json` and built `dist/`,
 * nothing else of the repository (no tsconfig whose paths a bundler would follow), and its dependency beside it.
 */
export function projectWithClaimex(): string {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests');
  const project = mkdtempSync(join(tmpdir(), 'claimex-project-'));
  const installed = join(project, 'node_modules/claimex');
  mkdirSync(installed, { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(installed, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/wink-eng-lite-web-model'), join(project, 'node_modules/wink-eng-lite-web-model'), 'dir');
  return project;
}

/** Bundles `source` (written as `entry.mjs` in `project`) with esbuild; returns the bundle and the files it took in. */
export async function bundle(project: string, source: string, platform: Platform, format: Format, minify = false): Promise<{ code: string; inputs: string[] }> {
  const entry = join(project, `entry-${platform}-${format}${minify ? '-min' : ''}.mjs`);
  writeFileSync(entry, source);
  const result = await build({ entryPoints: [entry], bundle: true, platform, format, minify, write: false, metafile: true, logLevel: 'silent' });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}
