#!/usr/bin/env node
// The command: everything else lives in dist/bundle/main.js (built from src/ by `npm install`, bundled so that it starts fast).
import { main, stdoutFailed } from '../dist/bundle/main.js';

// a full disk or a closed pipe behind standard output is a clean message and exit 2, never a stack trace
process.stdout.on('error', (e) => {
  process.stderr.write(stdoutFailed(e) + '\n');
  process.exit(2);
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  stdin: process.stdin,
  isTTY: !!process.stdout.isTTY,
  env: process.env,
});
