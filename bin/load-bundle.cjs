'use strict';
// Loads dist/bundle/main.cjs (and, when a workbook is written, dist/bundle/exceljs.cjs) with the V8 code
// cache `npm run build` made beside it (main.cjs.cache), so that a start-up deserialises the compiled
// functions instead of compiling them again. V8 refuses a cache made by another Node.js version or with
// other flags, and the script is then compiled as usual; the build writes each bundle and its cache
// together (a bundle is never left beside another one's cache).
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle');
const FILE = join(BUNDLE, 'main.cjs');

/** The scripts loaded so far, by file: the build writes their caches after a run. */
const scripts = new Map();

/**
 * The exports of the CommonJS script `file`, run from its code cache (`file`.cache) when there is one, and
 * whether V8 refused that cache (undefined when there was none). A script loaded twice runs once.
 */
function loadScript(file) {
  const known = scripts.get(file);
  if (known) return known.result;
  let cachedData;
  try {
    cachedData = readFileSync(file + '.cache');
  } catch {
    // no cache (a build without one): compile
  }
  // no import() runs in a bundle (a cached script cannot import): it requires what it loads late
  const script = new vm.Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const result = { exports: module.exports, cacheRejected: cachedData ? script.cachedDataRejected : undefined };
  scripts.set(file, { script, result });
  return result;
}

/** Writes the code cache of each script loaded, holding what has run so far (for the build). */
function saveCaches() {
  for (const [file, { script }] of scripts) {
    const tmp = `${file}.cache.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, `${file}.cache`);
  }
}

/** The command's bundle: its exports, whether V8 refused its cache, and saveCaches. */
function loadBundle() {
  const { exports, cacheRejected } = loadScript(FILE);
  return { exports, cacheRejected, saveCache: saveCaches };
}

module.exports = { loadBundle, loadScript, BUNDLE };
