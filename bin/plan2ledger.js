#!/usr/bin/env node
'use strict';
// The command: everything else lives in dist/bundle/main.cjs (built from src/ by `npm install`, bundled
// and code-cached so that it starts fast; see load-bundle.cjs).
const { loadBundle } = require('./load-bundle.cjs');

const { main, stdoutFailed, internalFailed, cwdMissing } = loadBundle().exports;

// a shell left in a folder that was removed since: a message, not a stack trace
let cwd;
try {
  cwd = process.cwd();
} catch {
  process.stderr.write(cwdMissing() + '\n');
  process.exit(2);
}

// a full disk or a closed pipe behind standard output is a clean message and exit 2, never a stack trace
process.stdout.on('error', (e) => {
  process.stderr.write(stdoutFailed(e) + '\n');
  process.exit(2);
});
main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd,
  stdin: process.stdin,
  isTTY: !!process.stdout.isTTY,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  // a defect: one line and exit 2, never the bundle's source
  (e) => {
    process.stderr.write(internalFailed(e) + '\n');
    process.exitCode = 2;
  },
);
