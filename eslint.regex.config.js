// The regex lint (`npm run lint:regex`): no pattern in src/ may backtrack or move super-linearly on any input,
// because every pattern runs on scraped text an adversary controls. eslint-plugin-regexp finds the polynomial
// cases quickly; recheck (eslint-plugin-redos) also finds the exponential ones that hide in overlapping repeats.
import redos from 'eslint-plugin-redos';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp, redos },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
      'redos/no-vulnerable': ['error', { ignoreErrors: false, timeout: 20000 }],
    },
  },
];
