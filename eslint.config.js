import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];
const nodeBuiltinPatterns = [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`)];
// The renderer is a sandboxed page: no Node modules, no Electron.
// The tables of renderer/db/schema.ts and Dexie's own ways in (test/unit/architecture/dataLayer.test.ts checks the list).
const rendererImportRestrictions = {
  paths: ['electron'],
  patterns: [
    { group: nodeBuiltinPatterns, message: 'The renderer never imports Node modules.' },
    { group: ['**/electron/**'], message: 'Reach the main process through window.trama (shared/ipc/contract.ts).' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererImportRestrictions],
    },
  },
  {
    // Screens read through the named queries of renderer/data/ and write through the
    // repositories (renderer/db/repositories/), which they hand the database from useDatabase().
    // Tests set up and inspect the database directly.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}', 'renderer/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...rendererImportRestrictions.paths,
            { name: 'dexie', message: 'Read through a query of renderer/data/.' },
            { name: 'dexie-react-hooks', message: 'Use a hook of renderer/data/ (useStakeholders, useProgrammes…).' },
          ],
          patterns: [
            ...rendererImportRestrictions.patterns,
            {
              group: ['**/db/db'],
              message: 'Read through renderer/data/; hand the repositories the database from useDatabase().',
            },
          ],
        },
      ],
    },
  },
  {
    // The handle from useDatabase() is passed on, never opened: any member read (a table, a
    // transaction, one added tomorrow) is a read around renderer/data/. Workers open their own.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}', 'renderer/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*Worker.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name=/^(db|database)$/]',
          message: 'The database is only handed to repositories here: read through a query of renderer/data/.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      // shared/ is pure: no UI, no Electron, no storage, no Node.
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'cytoscape'],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ imports neither renderer/ nor electron/.',
            },
            { group: nodeBuiltinPatterns, message: 'shared/ runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'scripts/**/*.mjs', 'test/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
