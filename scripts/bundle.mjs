#!/usr/bin/env node
// Part of `npm run build`: bundles the command into dist/bundle/ with esbuild, so that a run opens a few
// files instead of some 280 modules. Code splitting keeps what only some runs need (the PDF and Word
// readers, YAML, ajv, each report format, `check`, `batch`) in chunks loaded on first use; exceljs stays
// outside, behind its dynamic import.
//   node scripts/bundle.mjs [--minify=false]
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const minify = !process.argv.includes('--minify=false');

/**
 * commander requires node:child_process when it loads, for subcommands that are programs of their own;
 * plan2ledger has none, so the bundle gives commander a stand-in that loads the real module on first use
 * (loading it costs about 5 ms of every start-up).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('../src/cli/lazy-child-process.cjs', import.meta.url)) }
        : undefined,
    );
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/main.ts', 'src/engine/batch-worker.ts'],
  entryNames: '[name]',
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs'],
  // whitespace and syntax only: the names stay, so a stack trace in a bug report still reads
  minifyWhitespace: minify,
  minifySyntax: minify,
  plugins: [lazyChildProcess],
  logLevel: 'warning',
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
