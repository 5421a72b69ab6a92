'use strict';
// What the command's bundle gives its exporters for exceljs (see scripts/bundle.mjs): its Workbook, bundled
// into dist/bundle/exceljs.cjs (from exceljs-entry.cjs) and run from its V8 code cache by
// bin/load-bundle.cjs. Found and compiled module by module from node_modules, exceljs took some 280 ms of
// every workbook written. The tests and the unbundled build (dist/) import the package itself.
const { join } = require('node:path');
// (a path made at run time, so that the bundle requires the command's own loader, the one the build
// asks to write the caches, rather than a copy of it)
const loader = join(__dirname, '..', '..', 'bin', 'load-bundle.cjs');
module.exports = require(loader).loadScript(join(__dirname, 'exceljs.cjs')).exports;
