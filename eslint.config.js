// ESLint flat config: the recommended JavaScript and TypeScript rules, type-aware where it matters.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which folders of ours each folder of src/ may import: every other folder of src/, and entrypoints/, is refused by
 * `no-restricted-imports` (built below, tested in test/lint/import-directions.test.ts). The arrows follow the
 * product's shape, collect then judge: page ──readers──▶ snapshot ──rules engine──▶ findings ──▶ screens. A new
 * folder gets a line here, or no folder may import it.
 */
export const IMPORT_DIRECTIONS = {
  // The contract between readers and rules (snapshot shapes, page types, URL predicates, limits, languages): both
  // sides depend on it, so it depends on nothing of ours (zod only).
  snapshot: [],
  // Readers turn a page into a snapshot and never judge it; they ship in the content scripts (15 KB gzipped each),
  // so they reach the contract and nothing else: no rules, engine, guidelines, storage, messaging or screens.
  extract: ['snapshot'],
  // The company's guidelines (schema, presets, parser): data the rules read. The parser words its messages and folds
  // text with the engine's helpers; the rule registry is handed to it by its caller, so it never imports the rules.
  guidelines: ['engine', 'snapshot'],
  // Runs rules on a snapshot under guidelines; src/engine/index.ts is the front door that runs the whole registry.
  // It judges snapshots only: never the page (readers), storage, the browser or a screen.
  engine: ['guidelines', 'rules', 'snapshot'],
  // One rule judges one snapshot under the guidelines, through the engine's defineRule: never the page or a screen.
  rules: ['engine', 'guidelines', 'snapshot'],
  // A coaching session's record and what is computed from it (diffs, actions, where to fix): findings in, plain
  // data out. It takes the wire's guidelines-in-use type and the rules' shared texts; it stores and shows nothing.
  coaching: ['engine', 'guidelines', 'messaging', 'rules', 'snapshot'],
  // What the extension keeps (guidelines files, last check, history, coaching records), versioned and validated;
  // it keeps records in the wire's and the coaching record's shapes, and never reads a page or shows anything.
  storage: ['coaching', 'engine', 'guidelines', 'messaging', 'snapshot'],
  // The messages between content scripts, popup and background (protocol.ts: types and guards) and the background's
  // answers (a check runs the engine on guidelines and history from storage). No readers: they stay in the tab.
  messaging: ['engine', 'guidelines', 'snapshot', 'storage'],
  // The content scripts' server: reads the page with the readers and answers over the wire. Nothing heavier (no
  // engine, guidelines, storage or screens), for the content scripts' size budget.
  content: ['extract', 'messaging', 'snapshot'],
  // Screens (popup, options, coaching page) show findings, guidelines, stored records and rule settings; they get
  // snapshots and reader facts (page types, show targets) through the contract and the wire, never from readers.
  ui: ['coaching', 'engine', 'guidelines', 'messaging', 'rules', 'snapshot', 'storage'],
  // The command line (audit of a saved page, guidelines check, docs, the team report over coaching bundles): reads
  // pages with the readers and runs the engine like the extension does, and computes team figures from exported
  // coaching bundles, in Node; it never loads a screen or the browser's storage.
  cli: ['coaching', 'demo', 'engine', 'extract', 'guidelines', 'rules', 'snapshot'],
  // Drives the built extension in real Chromium (demo, end-to-end tests, screenshots): it serves invented pages and
  // seeds storage in the stored guidelines' shape; it never imports the extension's code that runs in the browser.
  demo: ['guidelines', 'storage'],
};

/** Files of src/<folder> are at most this deep below it (src/storage/coaching/x.ts is 1); a deeper one gets no check. */
const MAX_DEPTH = 4;

/**
 * `no-restricted-imports` options for a file `depth` folders below src/<folder>: the folders it may not import,
 * by relative path (exact for that depth), through `../src/` and through WXT's aliases (`@/`, `~/`, `@@/`, `~~/`), and
 * entrypoints/ from anywhere. `extra` keeps the folder's other bans (one options object per file: the last wins).
 */
function importDirections(folder, depth, extra = {}) {
  const up = `(\\.\\./){${depth + 1}}`;
  const forbidden = Object.keys(IMPORT_DIRECTIONS).filter((other) => other !== folder && !IMPORT_DIRECTIONS[folder].includes(other));
  const patterns = forbidden.map((other) => ({
    regex: `^(${up}|${up}\\.\\./src/|[@~]{1,2}/src/)${other}(/|$)`,
    caseSensitive: true,
    message: `src/${folder} never imports src/${other} (IMPORT_DIRECTIONS in eslint.config.js says why).`,
  }));
  patterns.push({
    regex: `^(${up}\\.\\./|[@~]{1,2}/)entrypoints(/|$)`,
    caseSensitive: true,
    message: 'Nothing under src imports an entrypoint: entrypoints are thin shells around src.',
  });
  return ['error', { paths: extra.paths ?? [], patterns: [...(extra.patterns ?? []), ...patterns] }];
}

/** Bans on browser and WXT imports by folder, which the directions' options object must repeat (see below). */
const WXT_BANS = {
  engine: { patterns: [{ group: ['wxt', 'wxt/*', '#imports'], message: 'The engine runs anywhere: no wxt imports.' }] },
  rules: { patterns: [{ group: ['wxt', 'wxt/*', '#imports'], message: 'The engine runs anywhere: no wxt imports.' }] },
  content: { paths: [{ name: 'wxt/browser', message: 'Content scripts import browser from @wxt-dev/browser (no polyfill).' }] },
  extract: { paths: [{ name: 'wxt/browser', message: 'Content scripts import browser from @wxt-dev/browser (no polyfill).' }] },
  ...Object.fromEntries(
    ['ui', 'messaging', 'storage', 'coaching', 'guidelines'].map((folder) => [
      folder,
      { paths: [{ name: '@wxt-dev/browser', message: 'Outside content scripts, import browser from wxt/browser (the polyfill).' }] },
    ]),
  ),
};

/** One config object per folder and depth: the directions, merged with the folder's browser and WXT bans. */
const directionConfigs = Object.keys(IMPORT_DIRECTIONS).flatMap((folder) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': importDirections(folder, depth, WXT_BANS[folder]) },
  })),
);

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
    // A CommonJS script requires: the team report's launcher is one, as Node starts it without its ES module loader.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
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
    files: ['entrypoints/*.content.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'wxt/browser', message: 'Content scripts import browser from @wxt-dev/browser (no polyfill).' }] },
      ],
    },
  },
  {
    files: ['entrypoints/background.ts', 'entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/coaching/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@wxt-dev/browser', message: 'Outside content scripts, import browser from wxt/browser (the polyfill).' }] },
      ],
    },
  },
  // The import directions between folders (IMPORT_DIRECTIONS above), with each folder's browser and WXT bans.
  ...directionConfigs,
);
