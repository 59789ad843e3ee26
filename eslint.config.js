// ESLint flat config: the recommended JavaScript and TypeScript rules, type-aware where it matters.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, defineBackground: 'readonly', defineContentScript: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // Flags `x = null` in a catch that the code after the try reads (a false positive around try/catch).
      'no-useless-assignment': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is never rendered as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Page text is never rendered as HTML: set textContent or build nodes.',
        },
      ],
    },
  },
  {
    // Tests build fixtures from markup on purpose.
    files: ['test/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Page readers are pure: they get the document and the URL as parameters.
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'Readers take the document as a parameter.' },
        { name: 'location', message: 'Readers take the URL as a parameter.' },
        { name: 'window', message: 'Readers never read globals.' },
      ],
    },
  },
  {
    // Rules and the engine judge snapshots only: no DOM, no extension API, no storage, no clock (`now` is passed in).
    files: ['src/engine/**/*.ts', 'src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['document', 'window', 'location', 'navigator', 'localStorage', 'browser', 'chrome'].map((name) => ({
          name,
          message: 'Rules and the engine never touch the page, the browser or storage.',
        })),
      ],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', '#imports'], message: 'The engine runs anywhere: no wxt imports.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Rules read the clock from context.now.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Rules read the clock from context.now.' },
        { selector: "NewExpression[callee.name='RegExp']", message: 'Never build a pattern from guideline text: use the Matcher (src/engine/text.ts).' },
      ],
    },
  },
  {
    // Content scripts use the native API (ports, sendResponse) through WXT's own `browser`; the rest of the extension
    // uses the webextension polyfill through `wxt/browser`. See src/content/serve.ts for why.
    files: ['src/content/**/*.ts', 'entrypoints/*.content.ts', 'src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'wxt/browser', message: 'Content scripts import browser from @wxt-dev/browser (no polyfill).' }] },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/messaging/**', 'src/storage/**', 'src/coaching/**', 'src/guidelines/**', 'entrypoints/background.ts', 'entrypoints/popup/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@wxt-dev/browser', message: 'Outside content scripts, import browser from wxt/browser (the polyfill).' }] },
      ],
    },
  },
);
