// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'process',
  'util',
  'worker_threads',
  'stream',
  'url',
  'events',
  'timers',
  'readline',
  'dns',
  'tls',
  'zlib',
  'perf_hooks',
  'async_hooks',
  'vm',
  'module',
  'buffer',
  'cluster',
  'dgram',
  'v8',
  'assert',
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'docs-site/', 'reports/', '.doc-examples/', '.stryker-tmp/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'] ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod/mini'`.",
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/explicit-function-return-type': [
        'error',
        { allowExpressions: true, allowTypedFunctionExpressions: true, allowHigherOrderFunctions: true },
      ],
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        'process',
        'console',
        'setTimeout',
        'setInterval',
        'fetch',
        'performance',
        'crypto',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'No randomness in src/: take a seed.' },
        { object: 'Date', property: 'now', message: 'No clock in src/: take a `now` argument.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Use 'zod/mini'." },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'No I/O in src/.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'No I/O in src/.' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/*.mjs', '*.js', '*.config.ts', 'examples/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**', 'bench/*.mjs', '*.js', 'examples/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', require: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
