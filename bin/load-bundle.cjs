'use strict';
// Loads dist/bundle/main.cjs with the V8 code cache `npm run build` made beside it (main.cjs.cache), so
// that a start-up deserialises the compiled functions instead of compiling them again. V8 refuses a cache
// made by another Node.js version or with other flags, and the bundle is then compiled as usual; the
// build writes the bundle and its cache together (a bundle is never left beside another one's cache).
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const FILE = join(__dirname, '..', 'dist', 'bundle', 'main.cjs');
const CACHE = FILE + '.cache';

/**
 * The bundle's exports; whether V8 refused the cache (undefined when there was none); and a function that
 * writes the code cache of what has run so far.
 */
function loadBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    // no cache (a build without one): compile
  }
  // no import() runs in the bundle (a cached script cannot import): it requires what it loads late
  const script = new vm.Script(wrap(readFileSync(FILE, 'utf8')), { filename: FILE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(FILE), module, FILE, dirname(FILE));
  const saveCache = () => {
    const tmp = `${CACHE}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, CACHE);
  };
  return { exports: module.exports, cacheRejected: cachedData ? script.cachedDataRejected : undefined, saveCache };
}

module.exports = { loadBundle };
