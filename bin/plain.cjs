#!/usr/bin/env node
const { main } = require('../dist/cjs/main.cjs');
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stdin: process.stdin, isTTY: !!process.stdout.isTTY, env: process.env }).then((c) => { process.exitCode = c; });
