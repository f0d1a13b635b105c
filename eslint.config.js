import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser-extension APIs and platform wrappers that lib/ must never touch. */
const BROWSER_API_IMPORTS = [
  {
    // WXT's MatchPattern (wxt/utils/match-patterns) is the one exception: pure code, no browser API.
    regex: '^(wxt(/(?!utils/match-patterns$).*)?|@wxt-dev/.*|@webext-core/.*|webextension-polyfill)$',
    message: 'lib/ is pure: no browser-extension APIs.',
  },
  { group: ['**/entrypoints/**', '**/components/**'], message: 'lib/ must not depend on entrypoints/ or components/.' },
  { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], message: 'lib/ holds no UI.' },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/replicas/dist/', 'tests/.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // With noUncheckedIndexedAccess, `!` after a check the compiler can't follow is the honest form.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: BROWSER_API_IMPORTS }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/ is pure: pass data in instead.' },
        { name: 'browser', message: 'lib/ is pure: pass data in instead.' },
        { name: 'window', message: 'lib/ takes the Document or element it works on.' },
        { name: 'document', message: 'lib/ takes the Document or element it works on.' },
        { name: 'localStorage', message: 'lib/ takes the storage it reads as an argument.' },
        { name: 'sessionStorage', message: 'lib/ takes the storage it reads as an argument.' },
        { name: 'location', message: 'lib/ takes the URL as an argument.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs,js}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
