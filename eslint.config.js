// Lint enforces who may import whom: the folders say where code runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const noNode = { group: nodeBuiltins, message: 'This code must run without Node.' };
// A regex, not a glob: the glob `electron/*` would also match relative paths into this
// repository's own electron/ folder.
const noElectron = (message) => ({ regex: '^electron(/.*)?$', message });
const noGroup = (group, message) => ({ group, message });

const importRules = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.tsbuild/',
      'out/',
      'release/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    ignores: ['electron/contract/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: importRules(
      noNode,
      noElectron('The contract is pure: no Electron.'),
      noGroup(
        ['react', 'react-dom', '../*', '!../contract/**'],
        'The contract is pure: it imports only zod and itself.',
      ),
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: importRules(
      noElectron('The core is pure Node: it never imports electron.'),
      noGroup(
        ['**/host/**', '**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'],
        'The core may not import a shell or renderer code.',
      ),
    ),
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: importRules(
      noElectron('The browser shell runs without Electron.'),
      noGroup(
        ['**/main/**', '**/preload/**', '**/renderer/**'],
        'The browser shell uses the core and the contract only.',
      ),
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: importRules(
      noGroup(
        ['**/host/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'],
        'The Electron shell uses the core and the contract only.',
      ),
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: importRules(
      noNode,
      noGroup(
        ['**/core/**', '**/host/**', '**/main/**', '**/renderer/**', 'react', 'react-dom'],
        'The sandboxed preload may use only electron and the contract.',
      ),
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...importRules(
        noNode,
        noElectron('The renderer never sees Electron.'),
        noGroup(
          [
            '**/core/**',
            '**/host/**',
            '**/main/**',
            '**/preload/**',
            'lowdb',
            'lowdb/*',
            'fastify',
          ],
          'The renderer reaches the core only through the contract (electron/contract).',
        ),
      ),
    },
  },
  prettier,
);
