import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (see README.md, "Layout"). A feature may use shared code and itself, never
 * another feature; shared code never uses a feature; only the app (main, App, routes) wires
 * features together.
 */
const elements = [
  { type: 'feature', pattern: 'src/features/*', partialMatch: false, capture: ['feature'] },
  { type: 'shared', pattern: 'src/shared', partialMatch: false },
  { type: 'components', pattern: 'src/components', partialMatch: false },
  { type: 'api', pattern: 'src/api', partialMatch: false },
  { type: 'auth', pattern: 'src/auth', partialMatch: false },
  { type: 'test', pattern: 'src/test', partialMatch: false },
  { type: 'e2e', pattern: 'e2e', partialMatch: false },
  // Last, so it takes what is left: main.tsx, App.tsx, routes.tsx and styles.css.
  { type: 'app', pattern: 'src', partialMatch: false },
];

/** Who may import whom; anything not listed here is an error. */
const policies = [
  // Test files (`*.test.ts(x)`) may use the test helpers in src/test, wherever they are.
  { from: { file: { categories: 'spec' } }, allow: { to: { element: { types: ['test'] } } } },
  { from: { element: { type: 'app' } }, allow: { to: { element: { types: ['app', 'feature', 'shared', 'components', 'api', 'auth'] } } } },
  { from: { element: { type: 'feature' } }, allow: { to: { element: { types: ['shared', 'components', 'api', 'auth'] } } } },
  { from: { element: { type: 'shared' } }, allow: { to: { element: { types: ['components', 'api', 'auth'] } } } },
  { from: { element: { type: 'components' } }, allow: { to: { element: { types: ['api', 'auth'] } } } },
  // The API client takes its token from the login; the role checks read types from the contract.
  { from: { element: { type: 'api' } }, allow: { to: { element: { types: ['auth'] } } } },
  { from: { element: { type: 'auth' } }, allow: { to: { element: { types: ['api'] } } } },
  // Playwright specs use the contract's types.
  { from: { element: { type: 'e2e' } }, allow: { to: { element: { types: ['api'] } } } },
  // The test helpers render the whole app (routes) and build data typed from the contract.
  { from: { element: { type: 'test' } }, allow: { to: { element: { types: ['app', 'api', 'auth', 'components'] } } } },
];

export default defineConfig(
  { ignores: ['dist/', 'src/api/schema.gen.ts', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are errors, except `_`-prefixed ones kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'spec', pattern: '**/*.test.{ts,tsx}' }],
      'boundaries/include': ['src/**/*', 'e2e/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.css'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkUnknownLocals: true, policies }],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      // Playwright reads a fixture's first parameter and wants an object pattern there, even an empty one.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  prettier,
);
