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

// What the preload may take values from without carrying zod; `import type` of api.ts is free.
const zodFreeContract = (message) => ({
  group: ['**/contract/*', '!**/contract/wire.ts', '!**/contract/errors.ts'],
  allowTypeImports: true,
  message,
});

// A shell reaches the core through electron/core/index.ts only; its tests may also use the
// core's test helpers.
const coreEntryOnly = (tests) => ({
  regex: `(^|/)core/(?!index\\.ts$${tests ? '|test-support/|[^/]+/test-support/' : ''})`,
  message: 'A shell imports the core from electron/core/index.ts only.',
});
const shellBlocks = (folder, rulesWith) => [
  {
    files: [`${folder}/**/*.ts`],
    ignores: [`${folder}/**/*.test.ts`, `${folder}/**/test-support/**`],
    rules: rulesWith(coreEntryOnly(false)),
  },
  {
    files: [`${folder}/**/*.test.ts`, `${folder}/**/test-support/**`],
    rules: rulesWith(coreEntryOnly(true)),
  },
];

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
      // `import { type X }` keeps a bare import of the module at run time, which would pull
      // zod into the preload or the start-up chunk: a type-only import must be `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',
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
  ...shellBlocks('electron/host', (coreEntry) =>
    importRules(
      noElectron('The browser shell runs without Electron.'),
      coreEntry,
      noGroup(
        ['**/main/**', '**/preload/**', '**/renderer/**'],
        'The browser shell uses the core and the contract only.',
      ),
    ),
  ),
  ...shellBlocks('electron/main', (coreEntry) =>
    importRules(
      coreEntry,
      noGroup(
        ['**/host/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'],
        'The Electron shell uses the core and the contract only.',
      ),
    ),
  ),
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: importRules(
      noNode,
      noGroup(
        ['**/core/**', '**/host/**', '**/main/**', '**/renderer/**', 'react', 'react-dom'],
        'The sandboxed preload may use only electron and the contract.',
      ),
      zodFreeContract('The preload takes values only from the wire module and errors.ts.'),
    ),
  },
  {
    files: ['electron/contract/wire.ts', 'electron/contract/errors.ts'],
    rules: importRules(
      noNode,
      noElectron('The wire module is pure.'),
      noGroup(
        ['zod', 'zod/*', './*', '!./wire.ts', '!./errors.ts'],
        'The preload and the start-up bundle load this module: it may not bring zod or a schema.',
      ),
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...rendererImports() },
  },
  ...rendererLayers(),
  {
    // A CommonJS file (a `node --require` preload) loads modules with require by definition.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);

/**
 * What no renderer file may import, plus `patterns`. A file takes the list of the last block
 * that matches it, so each block repeats the whole list.
 */
function rendererImports(...patterns) {
  return importRules(
    noNode,
    noElectron('The renderer never sees Electron.'),
    noGroup(
      ['**/core/**', '**/host/**', '**/main/**', '**/preload/**', 'lowdb', 'lowdb/*', 'fastify'],
      'The renderer reaches the core only through the contract (electron/contract).',
    ),
    ...patterns,
  );
}

/**
 * The renderer's folders import one way, down: app composes features; features use components
 * and hooks; all of them use the store, the API and lib. Admin's state (store/admin) is a chunk
 * staff load on the way into admin, so only admin and the store may import it: any other import
 * would put it in the visitors' start-up chunk. Tests and their helpers reach across layers to
 * set up what they test, and are left to the rules above.
 */
function rendererLayers() {
  const src = (...folders) => folders.map((folder) => `renderer/src/${folder}/**/*.{ts,tsx}`);
  const tests = ['renderer/**/*.test.{ts,tsx}', 'renderer/src/test-support/**'];
  const noApp = noGroup(['**/app/**'], 'The app composes the features: they may not import it.');
  const noAdminState = noGroup(
    ['**/store/admin/**'],
    "Admin's state loads with admin: only admin's own code may import it.",
  );
  const layer = (files, ...patterns) => ({
    files,
    ignores: tests,
    rules: rendererImports(...patterns),
  });
  return [
    layer(['renderer/src/**/*.{ts,tsx}'], noAdminState),
    layer(src('features'), noApp, noAdminState),
    layer(src('features/admin'), noApp),
    layer(
      src('components', 'hooks', 'lib'),
      noGroup(
        ['**/app/**', '**/features/**'],
        'Components, hooks and lib serve every feature: they may not import one, or the app.',
      ),
      noAdminState,
    ),
    layer(
      src('store', 'api'),
      noGroup(
        ['**/app/**', '**/features/**', '**/components/**', '**/hooks/**'],
        'The store and the API sit under the screens: they may not import them.',
      ),
    ),
  ];
}
