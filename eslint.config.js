import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';

/**
 * The layers are enforced here rather than trusted: contracts → core → db → server → web/cli.
 * A lower layer importing a higher one fails lint.
 */
const layer = (from, banned) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: banned.map((b) => ({
          group: [`**/${b}/**`, `**/${b}`],
          message: `${from} may not import ${b} (see docs/architecture.md)`,
        })),
      },
    ],
  },
});

/**
 * Where every user-facing word comes from a message catalog (src/web/i18n/locales), so a
 * hard-coded string in JSX fails lint there: every screen and every shared part of one. Tests
 * write JSX of their own to exercise those parts, and are not screens.
 */
const TRANSLATED = [
  'src/web/app/**/*.tsx',
  // Every screen. charts.tsx draws shapes (its strings are colours and data keys); its one
  // sentence is in the catalog.
  'src/web/features/**/*.tsx',
  'src/web/components/**/*.tsx',
  'src/web/forms/**/*.tsx',
  'src/web/offline/**/*.tsx',
  'src/web/auth/**/*.tsx',
];
const TRANSLATED_EXCEPT = ['src/web/features/reassurance/insights/charts.tsx', 'src/web/**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // Fastify plugins and handlers are async by convention even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      // A missing dependency is a stale value on screen; recommended only warns.
      'react-hooks/exhaustive-deps': 'error',
      // The React Compiler rules are on as recommended, except two (Steady does not run the compiler):
      // - purity flags Date.now() inside event handlers (four of its seven findings), and reading
      //   the clock while rendering is what useNow and the timers do on purpose, so they never drift;
      // - set-state-in-effect flags the loading pattern of useLoad-era screens (setState before a
      //   fetch), which the move to TanStack Query replaces; a warning until then, then an error.
      'react-hooks/purity': 'off',
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  layer('contracts', ['core', 'db', 'server', 'web', 'cli']),
  layer('core', ['db', 'server', 'web', 'cli']),
  layer('db', ['server', 'web', 'cli']),
  layer('server', ['web', 'cli']),
  layer('web', ['db', 'server', 'cli']),
  {
    // Tests, scripts, benchmarks and the CLI print on purpose, and tests poke at untyped JSON.
    files: ['test/**', 'e2e/**', 'bench/**', 'scripts/**', 'src/cli/**', '**/*.test.{ts,tsx}', 'src/web/testing/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: TRANSLATED,
    ignores: TRANSLATED_EXCEPT,
    plugins: { i18next },
    rules: {
      // jsx-only: words between tags and in attributes (labels, titles, hints) both count.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Places in the app, not words.
          'object-properties': { exclude: ['[A-Z_-]+', 'to'] },
          'jsx-attributes': {
            // Addresses, names of fields and ids, not words a person reads.
            exclude: [
              'className',
              'style',
              'type',
              'key',
              'id',
              'width',
              'height',
              'to',
              'href',
              'src',
              'rel',
              'target',
              'name',
              'value',
              'htmlFor',
              'i18nKey',
              'data-testid',
              'role',
              'aria-hidden',
              'aria-labelledby',
              'aria-describedby',
              'aria-live',
              'autoComplete',
              'variant',
              'where',
              'lang',
              'labelledBy',
            ],
          },
        },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
