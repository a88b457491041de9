// ESLint, flat config: typescript-eslint's recommended rules, and the house layers as import zones (see
// README "How the code is laid out"), so a wrong import fails `npm test` rather than a review. Formatting is
// Prettier's (.prettierrc.json); eslint-config-prettier turns off every rule that would argue with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Folders of plain functions over data: no extension APIs, no page globals, no clock. */
const PURE = [
  'lib/model',
  'lib/dates',
  'lib/people',
  'lib/export',
  'lib/extract',
  'lib/popup',
  'lib/badge',
  'lib/actions',
  'lib/sites',
  'lib/wiki-sync',
];
const EXTENSION_APIS = ['./node_modules/wxt', './node_modules/webextension-polyfill', './node_modules/@wxt-dev'];
const PAGE_GLOBALS = ['browser', 'chrome', 'document', 'window', 'location', 'navigator'].map((name) => ({
  name,
  message: 'Pure modules take what they need as parameters (the root, the URL, `today`), never a global.',
}));

/** An import zone: files under `target` may not import from `from`, for the reason given. */
const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'artifacts/', 'tests/fixtures/', 'dist/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './lib',
              './entrypoints',
              'lib/ never imports an entrypoint: entrypoints wire lib/, not the other way round.',
            ),
            zone('./components', './entrypoints', 'Components never import an entrypoint.'),
            zone(
              ['./lib', './components', './entrypoints', './cli'],
              './tests',
              'Production code never imports tests.',
            ),
            zone(
              './lib/extract',
              [
                ...EXTENSION_APIS,
                './node_modules/preact',
                './node_modules/idb',
                './lib/store',
                './lib/messages',
                './lib/platform',
                './lib/overlay',
                './lib/background',
                './components',
              ],
              'lib/extract is pure (DOM in, plain data out) and runs in the CLI: no extension APIs, no views, no store.',
            ),
            ...PURE.filter((dir) => dir !== 'lib/extract').map((dir) =>
              zone(
                `./${dir}`,
                [
                  ...EXTENSION_APIS,
                  './lib/store',
                  './lib/messages',
                  './lib/platform',
                  './lib/overlay',
                  './lib/background',
                  './components',
                ],
                `${dir} is pure: no extension APIs, no store, no messages, no views.`,
              ),
            ),
            zone(
              './components',
              [
                ...EXTENSION_APIS,
                './node_modules/idb',
                './lib/store',
                './lib/messages',
                './lib/platform',
                './lib/background',
                './lib/overlay',
              ],
              'Components are views: props in, callbacks out; they never touch browser, the store, messages or platform modules.',
            ),
            zone(
              ['./lib/overlay', './entrypoints/wiki.content'],
              ['./lib/store', './node_modules/idb'],
              'A content script never opens IndexedDB: the page’s origin would own it. Go through the background.',
            ),
            zone(
              './lib/store',
              [
                ...EXTENSION_APIS,
                './lib/messages',
                './lib/platform',
                './lib/overlay',
                './lib/background',
                './components',
              ],
              'The store takes its database as a parameter and knows nothing of the extension around it.',
            ),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests build their own fixture markup; production code never does.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      // Page content is untrusted: it reaches our UI only as text (README, house style §7.8).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never turn strings into HTML: build nodes, set textContent.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never turn strings into HTML: build nodes, set textContent.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Page text is rendered as text, never as HTML.',
        },
        // WXT's import scan runs even with `imports: false`: a variable or parameter named like one of its
        // auto-imports brings that API into the bundle (`storage` put @wxt-dev/storage, 9 kB, into the popup).
        ...[
          ':function > Identifier.params',
          'AssignmentPattern > Identifier.left',
          'VariableDeclarator > Identifier.id',
        ].map((place) => ({
          selector: `${place}[name=/^(storage|fakeBrowser|injectScript|getAppConfig|useAppConfig)$/]`,
          message: "WXT would import its API of this name into the bundle: call it something else (e.g. 'manager').",
        })),
      ],
    },
  },
  {
    files: ['lib/extract/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', 'zod/*', '**/model/*'],
              allowTypeImports: true,
              message:
                'lib/extract imports the model as types only: zod stays out of the content script (README, benchmark sizes).',
            },
          ],
        },
      ],
    },
  },
  {
    files: PURE.map((dir) => `${dir}/**`),
    rules: { 'no-restricted-globals': ['error', ...PAGE_GLOBALS] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome'].map((name) => ({
          name,
          message: 'Components take callbacks; the controller or API behind them talks to the extension.',
        })),
      ],
    },
  },
  {
    files: ['entrypoints/**'],
    rules: { 'max-lines': ['error', { max: 60, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Node scripts and configs (TypeScript files leave undefined names to tsc).
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
