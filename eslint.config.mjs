// One lint for the whole workspace: TypeScript everywhere, Svelte in the web client and plugins' client parts.
// Formatting is Prettier's job (eslint-config-prettier turns the overlapping rules off); this file keeps the rules
// that find bugs or keep the code calm to read.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SVELTE_FILES = ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'];
/** The Svelte plugin's rules apply to Svelte files only (some of them break on CommonJS scripts). */
const forSvelteFiles = (configs) => configs.map((config) => ({ ...config, files: config.files ?? SVELTE_FILES }));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/build/**',
      '**/.svelte-kit/**',
      '.ci-out/**',
      'coverage/**',
      'apps/web/src/lib/api/schema.d.ts',
      'sdk/.api-copy-*/**', // the API check test's temporary copy of sdk/src
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...forSvelteFiles(svelte.configs.recommended),
  prettier,
  ...forSvelteFiles(svelte.configs.prettier),
  {
    languageOptions: {
      globals: { ...globals.node },
      // Nest injects constructor parameters by the classes TypeScript records in decorator metadata: with these set,
      // consistent-type-imports leaves decorated files' imports as values (a `type` import records only `Function`,
      // and the API then fails to start: "Nest can't resolve dependencies of the PermissionGuard").
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      // Prettier wraps code at 120; this catches what it cannot wrap (comments, long strings are allowed).
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: SVELTE_FILES,
    rules: {
      // The client is served at the site's root with no base path, and the shell builds plugin links itself.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['apps/web/**/*.ts', 'plugins/*/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A test reads answers of any shape (HTTP bodies, OpenAPI documents): `any` there saves casts, not safety.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/test/**', '**/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The browser console is where an operator looks when a vendor's client module fails to load.
    files: ['apps/web/src/**', 'plugins/*/client/**'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // A vendor's prebuilt client module (the browser tests' fixture, the plugin template's screen) runs in a browser.
    files: ['apps/web/e2e/fixtures/**/*.js', 'apps/cli/templates/*/client/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Command-line tools and scripts talk to the operator on the console.
    files: ['apps/cli/**', 'apps/bench/**', '**/scripts/**', 'apps/web/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
