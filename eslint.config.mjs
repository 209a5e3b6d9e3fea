// The layering, as lint rules (npm test runs them): shared/ and renderer/ never reach the database,
// Electron or Node; the main process never imports the renderer. Plus typescript-eslint's
// recommended checks.
import tseslint from 'typescript-eslint';

const NODE = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3', 'kysely', 'electron'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(['**/db/**', '**/electron/**', '**/renderer/**', ...NODE], 'shared/ is pure: no database, Electron, Node or renderer.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(['**/db/**', '**/electron/**', ...NODE], 'The renderer talks to the main process through the contract only.'),
  },
  {
    files: ['db/**/*.ts', 'electron/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'The main process never imports the renderer.'),
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Test doubles imitate loosely typed APIs (Electron's); tests may use any.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
