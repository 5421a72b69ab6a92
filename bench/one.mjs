// One measured run in a fresh process (so that peak memory is this run's alone), for bench/run.ts, of
// the code the command runs: the bundle, loaded with its code cache as bin/plan2ledger.js loads it (the
// heap tuned to the input's size, the bytes let go once read into text, and the JSON written piece by
// piece, as the command line does):
//   node bench/one.mjs convert|hash FILE  →  {"ms": …, "rss": bytes, "base": bytes}
// `hash` is the floor: the same bytes read and hashed. Uses the build (dist/bundle/).
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const [mode, file] = process.argv.slice(2);
// (the bundle is loaded before the clock starts: loading is start-up, which the start-up bench measures)
const { loadBundle } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
const { convertPlan, readPlan, jsonPieces, tuneHeap } = loadBundle().exports;
const base = process.resourceUsage().maxRSS * 1024;
const t0 = performance.now();
let bytes = readFileSync(file);
if (mode === 'hash') createHash('sha256').update(bytes).digest('hex');
else {
  try {
    // as the command line does: the bytes are read into text and let go before the conversion
    tuneHeap(bytes.length);
    let plan = await readPlan(bytes, file);
    bytes = null;
    const { ledger } = convertPlan(plan, file);
    plan = null;
    // what `-f json` writes, piece by piece, to a sink
    const fd = openSync('/dev/null', 'w');
    for (const piece of jsonPieces(ledger)) writeSync(fd, piece);
    closeSync(fd);
  } catch (e) {
    // a text with no numbered item is refused: that is the answer, and it took this long
    if (e.constructor?.name !== 'ConvertError') throw e;
  }
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, base }));
