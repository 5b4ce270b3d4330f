// The lint that keeps the architecture (README.md, "Architecture"): each part of src/ imports
// only the parts below it, and only through their index.ts; core stays free of dependencies;
// no import cycles. It checks structure only: formatting is Prettier's (`npm run format:check`).
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Which parts each part of src/ may import, lowest first. A part reaches another only through
 * its index.ts. Changing a line here changes the architecture: update the README with it.
 */
const MAY_IMPORT = {
  dsl: [],
  core: ['dsl'],
  logging: ['core'],
  raster: ['core', 'dsl'],
  gate: ['core', 'dsl'],
  config: ['core', 'dsl'],
  donations: ['core', 'logging'],
  // Twitch reuses the donation cleaning, atomic files and backoff of donations (one way only).
  twitch: ['core', 'logging', 'donations'],
  planner: ['core', 'dsl', 'gate', 'logging'],
  store: ['core', 'dsl'],
  gallery: ['core', 'dsl', 'raster', 'logging'],
  stage: ['core', 'dsl', 'raster', 'gate', 'planner', 'store', 'logging'],
  server: ['core', 'dsl', 'donations', 'gallery', 'logging'],
  supervisor: ['core', 'config', 'logging', 'main'],
  cli: [
    'core',
    'dsl',
    'raster',
    'gate',
    'config',
    'logging',
    'donations',
    'twitch',
    'planner',
    'store',
    'gallery',
    'stage',
    'server',
    'supervisor',
    'main',
  ],
};
const PARTS = Object.keys(MAY_IMPORT);
/** src/main.ts, the composition root, may import every part below cli. */
const MAIN_MAY_IMPORT = PARTS.filter((part) => part !== 'cli' && part !== 'supervisor');
/** The browser pages may use only what runs in a browser and what the server sends them. */
const WEB_MAY_IMPORT = ['core', 'dsl', 'raster'];

const list = (parts) => parts.join(', ') || 'nothing';
const anyOf = (names) => `(${names.join('|')})`;

/**
 * `no-restricted-imports` patterns for a file whose path to src/ is `up` (`(\.\./)+` inside a
 * part, `\./` for src/main.ts, `\.\./src/` for web/). `main` names src/main.ts.
 */
function boundaryPatterns(who, allowed, up) {
  const refused = [...PARTS, 'main'].filter((part) => !allowed.includes(part) && part !== who);
  const patterns = [TEST_ONLY];
  if (refused.length > 0) {
    patterns.push({
      regex: `^${up}${anyOf(refused)}(/|\\.js$)`,
      message: `${who} may import only ${list(allowed)} (README.md, "Architecture"; eslint.config.js MAY_IMPORT).`,
    });
  }
  const parts = allowed.filter((part) => part !== 'main');
  if (parts.length > 0) {
    patterns.push({
      regex: `^${up}${anyOf(parts)}/(?!index\\.js$)`,
      message: 'Import another part only through its index.ts: what it does not export there is its own business.',
    });
  }
  return patterns;
}

const PRODUCT_CODE = {};
/** Tests and their kits live under test/ (mirroring src/) and never ship: product code must not import them. */
const TEST_ONLY = {
  regex: '(^|/)test/',
  message: 'Test code lives under test/ and is not built into dist/: product code cannot import it.',
};

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads .ts files only when told they are modules it can parse.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Runtime cycles anywhere (type-only imports are erased and do not count; the
      // boundaries below refuse part-to-part loops of any kind).
      'import-x/no-cycle': 'error',
    },
  },
  ...PARTS.map((part) => ({
    files: [`src/${part}/**/*.ts`],
    ...PRODUCT_CODE,
    rules: { 'no-restricted-imports': ['error', { patterns: boundaryPatterns(part, MAY_IMPORT[part], '(\\.\\./)+') }] },
  })),
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...boundaryPatterns('core', MAY_IMPORT.core, '(\\.\\./)+'),
            // Types and constants only: the browser bundles core, and every part depends on it.
            { regex: '^[^.]', message: 'core imports no package and no Node built-in: it holds types and constants only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaryPatterns('main', MAIN_MAY_IMPORT, '\\./') }] },
  },
  {
    files: ['web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaryPatterns('web', WEB_MAY_IMPORT, '\\.\\./src/') }] },
  },
);
