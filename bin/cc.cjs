#!/usr/bin/env node
const { readFileSync, writeFileSync } = require('node:fs');
const vm = require('node:vm');
const path = require('node:path');
const file = path.join(__dirname, '../dist/cjs/main.cjs');
let cachedData; try { cachedData = readFileSync(file + '.cache'); } catch {}
const script = new vm.Script(require('node:module').wrap(readFileSync(file, 'utf8')), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require('node:module').createRequire(file), mod, file, path.dirname(file));
mod.exports.main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stdin: process.stdin, isTTY: !!process.stdout.isTTY, env: process.env }).then((c) => { process.exitCode = c; if (process.env.MAKE_CACHE) writeFileSync(file + '.cache', script.createCachedData()); });
