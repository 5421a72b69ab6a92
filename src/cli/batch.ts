/**
 * `plan2ledger batch DIR|GLOB… -o OUTDIR`: converts a whole archive with a pool of worker threads (one per
 * core by default), keeping the folder structure under OUTDIR, isolating each file (a failure is that
 * file's message and the rest go on), with progress on a terminal, a summary and summary.json. Exit 1
 * when any file failed, 2 when the batch could not run.
 *   --shard i/n   a stable share of the files (by a hash of the relative path), i from 0 to n-1
 *   --resume      skip inputs whose output is newer than the input and was made by this version
 *   --ndjson      one ledger per line on standard output (for loading into a database)
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { existsSync, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { at, MSG } from '../messages.js';
import { FORMATS, loadExporter } from '../export/index.js';
import { VERSION } from '../version.js';
import { convertFile, type FileJob, type FileResult } from '../engine/convert-file.js';
import { writeAtomic } from './write.js';
import type { Io } from './main.js';
import { PLAN_FILE, PLAN_GLOB } from '../engine/plan-files.js';

// packages that only some runs need, loaded on first use (the bundle keeps them outside: scripts/bundle.mjs)
const require = createRequire(import.meta.url);

export interface BatchOpts {
  output?: string;
  format?: string;
  jobs?: string;
  shard?: string;
  resume?: boolean;
  force?: boolean;
  ndjson?: boolean;
  year?: string;
  combined?: string;
}

const MAX_BYTES = 50 * 2 ** 20;

/** Runs the batch command; resolves to the exit code. */
export async function batchCommand(inputs: string[], opts: BatchOpts, io: Io & { isTTY?: boolean }): Promise<number> {
  const fail = (m: string) => {
    io.stderr.write(m + '\n');
    return 2;
  };
  if (!inputs.length) return fail(MSG.noBatchInput());
  if (!opts.output && !opts.ndjson && !opts.combined) return fail(MSG.noBatchOutput());
  const format = opts.format ?? 'xlsx';
  if (!FORMATS.includes(format)) return fail(MSG.unknownFormat(format, FORMATS.join('、')));
  // one core is left to this thread and to V8's own helper threads (garbage collection, compilation): on
  // a 2-core machine two workers ran 0.9× the speed of one (npm run bench), each slowing the other
  const jobs = opts.jobs === undefined ? Math.max(1, availableParallelism() - 1) : Number(opts.jobs);
  if (!(Number.isInteger(jobs) && jobs >= 1)) return fail(MSG.badJobs(String(opts.jobs)));
  let shard: [number, number] | null = null;
  if (opts.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(opts.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) return fail(MSG.badShard(opts.shard));
    shard = [Number(m[1]), Number(m[2])];
  }
  const found = await planFiles(inputs, io.cwd);
  if (typeof found === 'string') return fail(found);
  const outDir = opts.output ? resolve(io.cwd, opts.output) : null;
  const ext = (await loadExporter(format))!.extension;
  const summaryPath = outDir ? join(outDir, 'summary.json') : null;
  const previous = summaryPath && opts.resume ? await readSummary(summaryPath) : new Map<string, PreviousEntry>();

  const work: FileJob[] = [];
  const skipped: FileResult[] = [];
  for (const { abs, rel } of found) {
    if (shard && shardOf(rel, shard[1]) !== shard[0]) continue;
    const output = outDir ? join(outDir, dirname(rel), `${basename(rel, extname(rel))}.台账${ext}`) : null;
    if (opts.resume && output && (await upToDate(abs, output, previous.get(rel)))) {
      skipped.push({ path: rel, output, status: 'ok', sections: 0, tasks: 0, findings: 0, ms: 0, message: MSG.batchSkipped() });
      continue;
    }
    work.push({ input: abs, shown: rel, output, format, force: !!opts.force || !!opts.resume, year: opts.year ? Number(opts.year) : undefined, maxBytes: MAX_BYTES, wantLedger: !!opts.ndjson, wantRows: !!opts.combined });
  }

  const started = Date.now();
  const results: FileResult[] = [];
  let failed = 0;
  const progress = (n: number) => {
    if (!io.isTTY) return;
    const secs = (Date.now() - started) / 1000;
    const rate = n / Math.max(secs, 0.001);
    const eta = rate > 0 ? (work.length - n) / rate : 0;
    io.stderr.write(`\r${MSG.batchProgress(n, work.length, failed, rate, eta)}`);
  };
  const onResult = (r: FileResult) => {
    results.push(r);
    if (r.status === 'failed') {
      failed++;
      if (io.isTTY) io.stderr.write('\r\x1b[K');
      io.stderr.write(r.message + '\n');
    }
    if (r.ledger) io.stdout.write(r.ledger + '\n');
    if (r.rows && r.headers) combined.push({ path: r.path, headers: r.headers, rows: r.rows });
    // the result is kept for the summary only: its ledger and rows are let go (an archive's ledgers
    // were all held until the end, 40 MB more per 1,100 plans)
    delete r.ledger;
    delete r.rows;
    progress(results.length);
  };
  const combined: { path: string; headers: string[]; rows: (string | number)[][] }[] = [];
  await runPool(work, Math.min(jobs, Math.max(1, work.length)), onResult);
  if (io.isTTY) io.stderr.write('\r\x1b[K');

  const all = [...skipped, ...results].sort((a, b) => a.path.localeCompare(b.path));
  if (summaryPath) {
    const summary = {
      version: VERSION,
      ...(shard ? { shard: `${shard[0]}/${shard[1]}` } : {}),
      files: all.map((r) => ({ ...r, output: r.output ? relative(outDir!, r.output) : null, version: VERSION })),
      counts: { files: all.length, ok: all.filter((r) => r.status === 'ok').length - skipped.length, skipped: skipped.length, failed },
    };
    await writeAtomic(summaryPath, JSON.stringify(summary, null, 2) + '\n', { force: true });
  }
  if (opts.combined) {
    const target = resolve(io.cwd, opts.combined);
    const { combinedWorkbook } = await import('../export/combined.js');
    try {
      await writeAtomic(target, await combinedWorkbook(combined.sort((a, b) => a.path.localeCompare(b.path))), { force: !!opts.force });
    } catch (e) {
      io.stderr.write(MSG.outputFailed(target, (e as NodeJS.ErrnoException).code ?? (e as Error).message) + '\n');
      return 2;
    }
  }
  const secs = (Date.now() - started) / 1000;
  io.stderr.write(MSG.batchDone(results.length - failed, failed, skipped.length, secs, summaryPath) + '\n');
  return failed ? 1 : 0;
}

/** Files, folders (recursively) and globs to plan files, each with its path relative to where it was found. */
async function planFiles(inputs: string[], cwd: string): Promise<{ abs: string; rel: string }[] | string> {
  const out = new Map<string, string>();
  const { glob } = require('tinyglobby') as typeof import('tinyglobby');
  for (const input of inputs) {
    const p = resolve(cwd, input);
    const st = await fs.stat(p).catch(() => null);
    if (st?.isFile()) out.set(p, basename(p));
    else if (st?.isDirectory()) {
      for (const f of await glob([PLAN_GLOB], { cwd: p, absolute: true, ignore: ['**/node_modules/**', '**/*.台账.*'] })) out.set(f, relative(p, f));
    } else if (/[*?[{]/.test(input)) {
      const found = (await glob([input], { cwd, absolute: true })).filter((f) => PLAN_FILE.test(f) && !/\.台账\./.test(f));
      if (!found.length) return MSG.globNoMatch(input);
      for (const f of found) out.set(f, relative(cwd, f));
    } else return at(input, MSG.fileMissing());
  }
  return [...out].map(([abs, rel]) => ({ abs, rel })).sort((a, b) => a.rel.localeCompare(b.rel));
}

/** The shard a file belongs to: a stable hash of its relative path, so every machine agrees. */
export function shardOf(rel: string, n: number): number {
  return createHash('sha1').update(rel.split('\\').join('/')).digest().readUInt32BE(0) % n;
}

interface PreviousEntry {
  status: string;
  version: string;
}

async function readSummary(path: string): Promise<Map<string, PreviousEntry>> {
  try {
    const s = JSON.parse(await fs.readFile(path, 'utf8')) as { files?: (PreviousEntry & { path: string })[] };
    return new Map((s.files ?? []).map((f) => [f.path, f]));
  } catch {
    return new Map();
  }
}

/** The output is newer than the input, and the last run made it with this version. */
async function upToDate(input: string, output: string, prev: PreviousEntry | undefined): Promise<boolean> {
  if (!prev || prev.status !== 'ok' || prev.version !== VERSION || !existsSync(output)) return false;
  const [i, o] = await Promise.all([fs.stat(input), fs.stat(output)]);
  return o.mtimeMs >= i.mtimeMs;
}

/** The worker script beside this module: in the bundle, or in the compiled tree (dist/engine). */
function workerScript(): string | null {
  for (const rel of ['./batch-worker.cjs', '../engine/batch-worker.js']) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * Runs the jobs on `n` worker threads (or in this thread for one job at a time, or where the worker
 * script is not built), calling `onResult` as each file finishes. A worker that dies fails its file
 * only: a new one takes its place.
 */
async function runPool(jobs: FileJob[], n: number, onResult: (r: FileResult) => void): Promise<void> {
  const script = workerScript();
  let next = 0;
  if (n <= 1 || !script) {
    // in this thread, a few files at a time, so that one file's reads and writes overlap another's work
    const lane = async () => {
      while (next < jobs.length) onResult(await convertFile(jobs[next++]));
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    return;
  }
  const lane = (): Promise<void> =>
    new Promise<void>((done) => {
      const current = new Set<FileJob>();
      const w = new Worker(script);
      const give = () => {
        while (current.size < IN_FLIGHT && next < jobs.length) {
          const job = jobs[next++];
          current.add(job);
          w.postMessage(job);
        }
        if (!current.size) void w.terminate().then(() => done());
      };
      w.on('message', (r: FileResult) => {
        for (const j of current) if (j.shown === r.path) current.delete(j);
        onResult(r);
        give();
      });
      w.on('error', (e) => {
        for (const j of current) onResult({ path: j.shown, output: j.output, status: 'failed', sections: 0, tasks: 0, findings: 0, ms: 0, message: at(j.shown, MSG.internal(e.message)) });
        current.clear();
        void w.terminate();
        void lane().then(done);
      });
      give();
    });
  await Promise.all(Array.from({ length: n }, lane));
}

/** Files a worker (or this thread) has under way at once: their disk waits overlap each other's work. */
const IN_FLIGHT = 4;
