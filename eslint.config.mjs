// ESLint (flat config): TypeScript, Lit templates and their accessibility. `npm test` runs it; no warning passes.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'custom-elements.json', 'test/fixtures/bundlers/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.browser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Node: the CLI, build scripts and configs.
  { files: ['scripts/**', 'src/cli/**', '*.mjs', 'test/**/*.node.test.ts', 'test/server-plugin.mjs'], languageOptions: { globals: globals.node } },
  // Tests: chai's property assertions (`expect(x).to.be.undefined`) are expressions; JSON read in a test is `any`.
  {
    files: ['**/*.test.ts', '**/*.bench.ts', 'test/helpers/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
