// Lint also guards the architecture: imports may only point inward (see STYLE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
];

/** Patterns for imports that would make a layer depend on an outer one. */
const outward = {
  common: [
    '**/renderer/**',
    '**/electron/**',
    '**/server/**',
    'react',
    'react-*',
    'dexie',
    'dexie-*',
    'electron',
    'node:*',
    ...nodeBuiltins,
  ],
  renderer: ['**/electron/**', '**/server/**', 'electron', 'node:*', ...nodeBuiltins],
  electron: ['**/renderer/**', '**/server/**', 'react', 'dexie'],
  server: ['**/renderer/**', '**/electron/**', 'react', 'dexie', 'electron'],
};

/**
 * The renderer's layers, innermost first (README "Layout"): the platform contract, the data layer
 * (Dexie, repositories, change feed), the sync engine, the services handed to React, navigation,
 * generic UI, the features, and the shell that composes them. `i18n` holds only strings.
 */
export const RENDERER_LAYERS = [
  'i18n',
  'platform',
  'data',
  'sync',
  'services',
  'navigation',
  'ui',
  'features',
  'app',
];

/** An import string that reaches into `layer`: relative (`../layer`, `../../layer/x`) or by path. */
const layerRegex = (layer) => `^(\\.\\./)+${layer}(/|$)|/src/${layer}(/|$)`;

const MESSAGE =
  'Imports must point inward (README "Layout"): common ← platform ← data ← sync ← services ← ui ← features ← app.';

const restrict = (patterns, regexes = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: patterns, message: MESSAGE },
        ...regexes.map((regex) => ({ regex, message: MESSAGE })),
      ],
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'dist-server',
      'release',
      'data',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // strict TS with noUncheckedIndexedAccess makes a checked `!` the clearest way to say "present".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `void` results in the IPC contract say "nothing comes back" better than `undefined`.
      '@typescript-eslint/no-invalid-void-type': 'off',
    },
  },
  { files: ['common/**/*.ts'], rules: restrict(outward.common) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(outward.renderer) },
  },
  // Inside the renderer, one order of layers; each may import only the layers before it.
  ...RENDERER_LAYERS.map((layer, i) => ({
    files: [`renderer/src/${layer}/**/*.{ts,tsx}`],
    rules: restrict(outward.renderer, RENDERER_LAYERS.slice(i + 1).map(layerRegex)),
  })),
  {
    files: ['electron/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(outward.electron),
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(outward.server),
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts', '*.config.{ts,js}', 'renderer/vite.config.ts', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
