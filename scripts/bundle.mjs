#!/usr/bin/env node
// Part of `npm run build`: bundles the command into dist/bundle/ with esbuild, so that a run opens one file
// instead of some 280 modules, and makes the V8 code cache that bin/load-bundle.cjs loads it with (the
// cache is made after converting and checking a seed, so it holds the functions such a run compiles).
// The bundle is CommonJS because Node.js 20 can load a script, not an ES module, from a code cache.
// exceljs, which every workbook needs, is a bundle of its own (dist/bundle/exceljs.cjs) with its own code
// cache, loaded when a workbook is written. What only some runs need stays outside, loaded from
// node_modules on first use: the PDF, Word and encoding readers, YAML, ajv, remark-parse, tinyglobby.
//   node scripts/bundle.mjs [--minify=false]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const minify = !process.argv.includes('--minify=false');
const here = (rel) => fileURLToPath(new URL(rel, import.meta.url));

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of their own;
 * plan2ledger has none, so the bundle gives commander a stand-in that loads the real module on first use
 * (loading it costs about 5 ms of every start-up).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: here('../src/cli/lazy-child-process.cjs') } : undefined,
    );
  },
};

/** The bundle's exporters get exceljs from its own bundle and cache (src/export/exceljs-bundled.cjs). */
const bundledExceljs = {
  name: 'bundled-exceljs',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: here('../src/export/exceljs-bundled.cjs') }));
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
/** What both bundles are: CommonJS scripts for Node.js 20 in dist/bundle/. */
const common = {
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // whitespace and syntax only: the names stay, so a stack trace in a bug report still reads
  minifyWhitespace: minify,
  minifySyntax: minify,
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', 'batch-worker': 'src/engine/batch-worker.ts' },
  external: ['unpdf', 'yaml', 'ajv', 'ajv/*', 'ajv-i18n', 'ajv-i18n/*', 'chardet', 'saxes', 'fflate', 'remark-parse', 'tinyglobby'],
  // the modules' own URL (they find the package's schemas from it)
  define: { 'import.meta.url': '__moduleUrl' },
  banner: { js: '"use strict";const __moduleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyChildProcess, bundledExceljs],
});
await build({ ...common, entryPoints: { exceljs: 'src/export/exceljs-entry.cjs' } });

// a script run from a code cache cannot import(): the bundle must require everything it loads late. The
// one import() left is lilconfig's loader of .mjs configurations, which its synchronous search never calls.
for (const name of ['main.cjs', 'batch-worker.cjs', 'exceljs.cjs']) {
  const code = readFileSync(`dist/bundle/${name}`, 'utf8').replace('(await import(url.pathToFileURL(id).href))', '');
  const at = code.search(/\bimport\s*\(/);
  if (at >= 0) throw new Error(`dist/bundle/${name} still holds an import(): …${code.slice(at - 80, at + 40)}…`);
}

// the code caches, after a run of what a start-up does most: check a seed, convert it to JSON and to a
// workbook (which loads exceljs's bundle)
const { loadBundle } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
const { exports: bundle, saveCache } = loadBundle();
const sink = { write: () => true };
const io = { stdout: sink, stderr: sink, cwd: process.cwd(), isTTY: false, env: {} };
const seed = here('../fixtures/seeds/003_8ab74ba8ed41055e.txt');
await bundle.main(['check', seed, '-f', 'unix'], io);
await bundle.main([seed, '-f', 'json', '-o', '-'], io);
const scratch = mkdtempSync(join(tmpdir(), 'plan2ledger-build-'));
await bundle.main([seed, '-o', join(scratch, 'seed.xlsx')], io);
rmSync(scratch, { recursive: true, force: true });
saveCache();
