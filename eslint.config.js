// ESLint (typescript-eslint, type-aware) for code quality; Prettier owns formatting.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'docs/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Registry ports are async by contract; the in-memory ones have nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // node:test's describe/it return promises the runner awaits; tests assert on unknown shapes
    // read back from JSON bodies and databases. Source code types or validates what it reads.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Issue 15, finding 2: src/http talks to services only. No registry port or database handle
    // is reached from a page or route (ctx.registries, ctx.database, .db), and nothing there
    // imports a registry or database module except for its types (the scenario file's schema,
    // a format, is the one exception).
    files: ['src/http/**/*.ts'],
    rules: {
      // Issue 15, finding 4: pages and routes stay small modules (the hall console was one 680-line closure).
      'max-lines': ['error', { max: 400 }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/db/**',
                '**/registries/*.ts',
                '**/registries/sql/**',
                '**/registries/memory/**',
                '**/registries/scenario/*',
                '!**/registries/scenario/schema.ts',
              ],
              allowTypeImports: true,
              message: 'src/http talks to services only: ask a function in src/services (e.g. page-lookups.ts).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(registries|database|db)$/]',
          message: 'src/http talks to services only: ask a function in src/services (e.g. page-lookups.ts).',
        },
        {
          selector: 'VariableDeclarator > ObjectPattern > Property[key.name=/^(registries|database|db)$/]',
          message: 'src/http talks to services only: ask a function in src/services (e.g. page-lookups.ts).',
        },
      ],
    },
  },
  {
    files: ['bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Scripts that run in the browser (EDS signing): plain ES5 with node-forge as a global, no types.
    files: ['src/http/pages/shared/assets/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, forge: 'readonly' } },
  },
);
