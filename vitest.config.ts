import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run on Node, so the model comes from its files, as for a Node user of the package (package.json `imports`).
  resolve: { alias: { '#model-loader': fileURLToPath(new URL('./src/text/model-loader/files.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
