import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clean, extractClaims } from '../../src/index.js';
import { bundle, projectWithClaimex, seedArticles } from './installed-package.js';

/** Debian's `chromium` package; `.ci/run` installs it when missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The page's script: the library as a browser bundle would load it, called from the test through `window`. */
const PAGE_SCRIPT = `
import { clean, extractClaims } from 'claimex';
window.claimex = (texts) => texts.map((text) => ({ claims: extractClaims(text), cleaned: clean(text).text }));
`;

const MISSING = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;

// CI installs Chromium (.ci/run), so there a missing browser fails instead of skipping.
if (!HAVE_CHROMIUM && process.env.CI !== 'true') console.warn(`browser test skipped: ${MISSING}`);

describe.skipIf(!HAVE_CHROMIUM && process.env.CI !== 'true')(`clean and extractClaims in headless Chromium (${CHROMIUM})`, () => {
  let context: BrowserContext;
  let bundled: ReturnType<typeof bundle>;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(MISSING);
    bundled = bundle(projectWithClaimex(), PAGE_SCRIPT, 'browser', 'esm');
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'claimex-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('bundles for the browser with the model through the package’s public import', async () => {
    const { inputs } = await bundled;
    expect(inputs.some((input) => input.endsWith('dist/model-loader-package.js'))).toBe(true);
    expect(inputs.some((input) => input.includes('model-loader-files'))).toBe(false);
  });

  it('gives the claims and cleaned text Node gives on the seeds', async () => {
    const { code } = await bundled;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>claimex</title>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => 'claimex' in globalThis);
    const texts = seedArticles().map(([, text]) => text);
    const inBrowser = await page.evaluate((articles) => (globalThis as unknown as { claimex: (t: string[]) => unknown }).claimex(articles), texts);
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(texts.map((text) => ({ claims: extractClaims(text), cleaned: clean(text).text })));
  });
});
