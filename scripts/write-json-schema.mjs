// Writes dist/schema.json (the `claimex/schema.json` export) from the zod schemas in the built package.
import { writeFileSync } from 'node:fs';
import { extractionResultJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(extractionResultJsonSchema(), null, 2)}\n`);
