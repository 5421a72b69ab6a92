// One measured batch run in a fresh process, for bench/run.ts (worker threads share the process, so its
// peak RSS covers them): node bench/batch-one.mjs IN OUT JOBS → {"ms": …, "rss": bytes}
// `hash` as JOBS is the floor: every file read and hashed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [input, output, jobs] = process.argv.slice(2);
const t0 = performance.now();
if (jobs === 'hash') {
  const walk = (d) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(input);
} else {
  const { createRequire } = await import('node:module');
  const { main } = createRequire(import.meta.url)('../bin/load-bundle.cjs').loadBundle().exports;
  const sink = { write: () => true };
  await main(['batch', input, '-o', output, '-f', 'json', '--jobs', jobs], { stdout: sink, stderr: sink, cwd: process.cwd() });
}
console.log(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024 }));
