import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const nodeBuiltinPatterns = [...NODE_BUILTINS, ...NODE_BUILTINS.map((name) => `node:${name}`)];

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
      // The renderer is a sandboxed page: no Node modules, no Electron.
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: [{ group: nodeBuiltinPatterns, message: 'The renderer never imports Node modules.' }, { group: ['**/electron/**'], message: 'Reach the main process through window.trama (shared/ipc/contract.ts).' }] },
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
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports neither renderer/ nor electron/.' },
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
