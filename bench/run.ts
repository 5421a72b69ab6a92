/**
 * npm run bench — speed and memory, always as ratios against a baseline measured in the same run.
 * 1. The time-expression normaliser against chrono-node's Chinese parser (a dev dependency kept for this
 *    comparison only), on the expression table of tests/data/time-expressions.ts: accuracy and µs each.
 * 2. Conversion throughput on plans of 0.1, 1, 5 and 20 MB built from the corpus, each run in a fresh
 *    process (bench/one.mjs) beside a bare read-and-hash of the same bytes, interleaved and repeated:
 *    median MB/s, time per MB as size grows, and peak memory over the process's own baseline.
 * 3. Adversarial inputs (1 MB of （, 10,000 一、, 100,000 lines, 100,000 lines opening with N、, one 5 MB
 *    line, 40,000 spaces, a 5,000-row task table) beside read-and-hash of the same bytes.
 * 4. xlsx export of a ledger with 10,000 tasks beside the JSON export of the same ledger: seconds and memory.
 * The process runs use the build, the command's bundle with its code cache (dist/bundle/), as the command
 * runs: run `npm run build` first (npm install does).
 * `npm run bench -- throughput adversarial` runs only the parts named (time, startup, throughput,
 * adversarial, batch, export).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { findDeadlines } from '../src/extract/time.js';
import { TIME_CASES } from '../tests/data/time-expressions.js';
import { convertPlan } from '../src/pipeline.js';
import { loadExporter } from '../src/export/index.js';
import type { Ledger } from '../src/types.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const iso = (d: Date) => d.toISOString().slice(0, 10);

function ours(sentence: string, year: number | null): (string | null)[] {
  return findDeadlines(sentence, year).map((d) => d.date);
}

function theirs(sentence: string, year: number | null): (string | null)[] {
  // chrono resolves what it finds against a reference date; its end (for ranges) is the deadline
  const ref = new Date(Date.UTC(year ?? 2023, 0, 1, 12));
  return chrono.zh.hans.parse(sentence, ref).map((r) => iso((r.end ?? r.start).date()));
}

function expected(list: string[]): (string | null)[] {
  return list.map((e) => {
    const d = e.slice(e.lastIndexOf('=') + 1);
    return d === 'null' ? null : d;
  });
}

function accuracy(parse: (s: string, y: number | null) => (string | null)[]): number {
  let ok = 0;
  for (const [s, y, want] of TIME_CASES) if (JSON.stringify(parse(s, y)) === JSON.stringify(expected(want))) ok++;
  return ok / TIME_CASES.length;
}

function microsEach(parse: (s: string, y: number | null) => unknown, rounds: number): number {
  for (const [s, y] of TIME_CASES) parse(s, y); // warm up
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const [s, y] of TIME_CASES) parse(s, y);
  const ns = Number(process.hrtime.bigint() - t0);
  return ns / 1000 / (rounds * TIME_CASES.length);
}

function timeBench(): void {
  const rounds = 30;
  const a = accuracy(ours);
  const b = accuracy(theirs);
  const ua = microsEach(ours, rounds);
  const ub = microsEach(theirs, rounds);
  console.log(`## time expressions (${TIME_CASES.length} sentences from real plans, ${rounds} rounds)`);
  console.log(`plan2ledger  accuracy ${(100 * a).toFixed(1).padStart(5)}%   ${ua.toFixed(1).padStart(7)} µs/sentence`);
  console.log(`chrono-node  accuracy ${(100 * b).toFixed(1).padStart(5)}%   ${ub.toFixed(1).padStart(7)} µs/sentence`);
  console.log(`ratio: plan2ledger takes ${(ua / ub).toFixed(2)}× chrono-node's time, and is ${(a / Math.max(b, 1e-9)).toFixed(1)}× as accurate`);
}

/** A ledger of `n` tasks made from a real plan's tasks. */
function bigLedger(n: number): Ledger {
  const path = 'fixtures/seeds/001_a56508be4a7c9102.txt';
  const { ledger } = convertPlan(readFileSync(path), path);
  const tasks = [];
  for (let i = 0; i < n; i++) {
    const t = ledger.tasks[i % ledger.tasks.length];
    tasks.push({ ...t, id: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`, path: [`第${Math.floor(i / 100) + 1}组`, ...t.path.slice(1)] });
  }
  return { ...ledger, tasks };
}

async function measure(name: string, run: () => Promise<unknown>): Promise<{ s: number; mb: number; bytes: number }> {
  gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = performance.now();
  const out = (await run()) as string | Uint8Array;
  const s = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const bytes = typeof out === 'string' ? Buffer.byteLength(out) : out.length;
  console.log(`${name.padEnd(6)} ${s.toFixed(2).padStart(6)} s   peak RSS +${((peak - base) / 2 ** 20).toFixed(0).padStart(4)} MiB   ${(bytes / 2 ** 20).toFixed(1)} MiB written`);
  return { s, mb: (peak - base) / 2 ** 20, bytes };
}

async function exportBench(): Promise<void> {
  const n = 10_000;
  const ledger = bigLedger(n);
  console.log(`\n## export of a ledger with ${n.toLocaleString('en')} tasks`);
  const json = await loadExporter('json');
  const xlsx = await loadExporter('xlsx');
  const j = await measure('json', async () => json!.render(ledger));
  const x = await measure('xlsx', async () => xlsx!.render(ledger));
  console.log(`ratio: xlsx takes ${(x.s / j.s).toFixed(1)}× the JSON time and ${(x.mb / Math.max(j.mb, 1)).toFixed(1)}× its extra memory`);
}

interface One {
  ms: number;
  rss: number;
  base: number;
}

function one(mode: 'convert' | 'hash', file: string): One {
  return JSON.parse(execFileSync(process.execPath, ['bench/one.mjs', mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Convert and hash `file` `rounds` times, alternating; medians. */
function paired(file: string, rounds: number): { convert: One; hash: One } {
  const c: One[] = [];
  const h: One[] = [];
  for (let r = 0; r < rounds; r++) {
    h.push(one('hash', file));
    c.push(one('convert', file));
  }
  const med = (xs: One[]): One => ({ ms: median(xs.map((x) => x.ms)), rss: median(xs.map((x) => x.rss)), base: median(xs.map((x) => x.base)) });
  return { convert: med(c), hash: med(h) };
}

/** Text of about `mb` MB from the corpus: the seeds and dev plans one after another, as an archive file would hold them. */
function corpusText(mb: number): string {
  const dirs = ['fixtures/seeds', '../shared/corpus/dev'];
  const texts = dirs.flatMap((d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8'));
    } catch {
      return [];
    }
  });
  const all = texts.join('\n\n');
  const want = mb * 2 ** 20;
  let out = '';
  while (Buffer.byteLength(out) < want) out += all + '\n\n';
  return out.slice(0, Math.floor(out.length * (want / Buffer.byteLength(out))));
}

function throughputBench(dir: string): void {
  console.log('\n## conversion throughput (fresh process per run; median of alternating runs; JSON built as -f json does)');
  console.log('size      convert      MB/s   s/MB    read+hash   peak RSS over baseline   × input');
  for (const mb of [0.1, 1, 5, 20]) {
    const file = join(dir, `plan-${mb}MB.txt`);
    writeFileSync(file, corpusText(mb));
    const bytes = readFileSync(file).length / 2 ** 20;
    const { convert, hash } = paired(file, mb >= 20 ? 3 : 5);
    const extra = (convert.rss - convert.base) / 2 ** 20;
    console.log(
      `${(bytes.toFixed(1) + ' MB').padEnd(9)} ${(convert.ms / 1000).toFixed(2).padStart(6)} s  ${(bytes / (convert.ms / 1000)).toFixed(2).padStart(6)}  ${(convert.ms / 1000 / bytes).toFixed(2).padStart(5)}  ${(hash.ms / 1000).toFixed(3).padStart(8)} s   ${extra.toFixed(0).padStart(6)} MiB               ${(extra / bytes).toFixed(1).padStart(5)}`,
    );
  }
}

/** A task table of `n` rows, flattened one cell per line as PDF extraction leaves it. */
function tableText(n: number): string {
  let t = '一、主要任务\n（一）抓好落实。\n\n附件\n重点任务分工表\n\n序号\n工作任务\n具体措施\n牵头单位\n配合单位\n完成时限\n\n';
  for (let i = 1; i <= n; i++) t += `${i}\n推进第${i}项重点工作。\n建立工作台账，每月调度一次，确保按期完成。\n县发改委\n县财政局、县司法局\n2024年${(i % 12) + 1}月底前\n\n`;
  return t;
}

function adversarialBench(dir: string): void {
  console.log('\n## adversarial inputs (median of 3 alternating runs, fresh process each)');
  const cases: [string, string][] = [
    ['1 MB of （', '（'.repeat(350_000)],
    ['10,000 一、', '一、加强工作。\n'.repeat(10_000)],
    ['100,000 lines', Array.from({ length: 100_000 }, (_, i) => `第${i}行内容`).join('\n')],
    // every line a page-number candidate (N、 after a line with no sentence end)
    ['100,000 N、 lines', Array.from({ length: 100_000 }, (_, i) => `${(i % 200) + 1}、加强工作`).join('\n')],
    ['one 5 MB line', '加强工作。5完善制度'.repeat(5 * 2 ** 20 / 28)],
    ['40,000 spaces', '2' + ' '.repeat(40_000) + '完善\n'],
    ['5,000-row table', tableText(5_000)],
    ['10,000-row table', tableText(10_000)],
  ];
  console.log('input                 bytes      convert    read+hash   ratio');
  for (const [name, text] of cases) {
    const file = join(dir, 'adv.txt');
    writeFileSync(file, text);
    const { convert, hash } = paired(file, 3);
    const size = Buffer.byteLength(text);
    console.log(`${name.padEnd(20)} ${(size / 2 ** 20).toFixed(2).padStart(6)} MB ${(convert.ms / 1000).toFixed(2).padStart(7)} s ${(hash.ms / 1000).toFixed(3).padStart(9)} s  ${(convert.ms / Math.max(hash.ms, 0.01)).toFixed(0).padStart(6)}×`);
  }
}

/** Start-up: `check`, a one-file JSON conversion and the default workbook of a seed beside a bare `node -e 0`, alternating. */
function startupBench(): void {
  const seed = 'fixtures/seeds/003_8ab74ba8ed41055e.txt';
  const time = (args: string[]) => {
    const t0 = performance.now();
    try {
      execFileSync(process.execPath, args, { stdio: 'ignore' });
    } catch {
      // check exits 1 when it finds errors: the time is what counts here
    }
    return performance.now() - t0;
  };
  const bare: number[] = [];
  const check: number[] = [];
  const json: number[] = [];
  const xlsx: number[] = [];
  const out = mkdtempSync(join(tmpdir(), 'p2l-start-'));
  for (let i = 0; i < 21; i++) {
    bare.push(time(['-e', '0']));
    check.push(time(['bin/plan2ledger.js', 'check', seed, '-f', 'unix']));
    json.push(time(['bin/plan2ledger.js', seed, '-f', 'json']));
    xlsx.push(time(['bin/plan2ledger.js', seed, '-o', join(out, 'seed.xlsx'), '--force']));
  }
  rmSync(out, { recursive: true, force: true });
  const b = median(bare);
  // each run against the bare run beside it: a slow spell of the machine slows both and cancels out
  const paired = (xs: number[]) => median(xs.map((x, i) => x / bare[i]));
  console.log('\n## start-up (median of 21 alternating runs; ratio: median of each run over the bare run beside it)');
  console.log(`node -e 0                 ${b.toFixed(0).padStart(5)} ms`);
  console.log(`plan2ledger check seed    ${median(check).toFixed(0).padStart(5)} ms   ${paired(check).toFixed(2)}× node -e 0`);
  console.log(`plan2ledger seed -f json  ${median(json).toFixed(0).padStart(5)} ms   ${paired(json).toFixed(2)}× node -e 0`);
  console.log(`plan2ledger seed (.xlsx)  ${median(xlsx).toFixed(0).padStart(5)} ms   ${paired(xlsx).toFixed(2)}× node -e 0`);
}

/** An archive of `n` plans from the corpus, in folders of 100. */
function archive(dir: string, n: number): number {
  const texts = ['fixtures/seeds', '../shared/corpus/dev'].flatMap((d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f)));
    } catch {
      return [];
    }
  });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `box-${Math.floor(i / 100)}`);
    mkdirSync(sub, { recursive: true });
    const t = texts[i % texts.length];
    writeFileSync(join(sub, `plan-${i}.txt`), t);
    bytes += t.length;
  }
  return bytes;
}

function batchBench(dir: string): void {
  console.log('\n## batch: an archive of plans from the corpus (fresh process per run, median of 3, alternating)');
  console.log('files   jobs   seconds   files/s    MB/s   peak RSS      vs read+hash');
  for (const n of [1000, 2000]) {
    const input = join(dir, `archive-${n}`);
    const mb = archive(input, n) / 2 ** 20;
    const runs: Record<string, { ms: number; rss: number }[]> = { hash: [], '1': [], '2': [] };
    for (let r = 0; r < 3; r++) {
      for (const jobs of ['hash', '1', '2']) {
        const out = join(dir, `out-${n}-${jobs}-${r}`);
        runs[jobs].push(JSON.parse(execFileSync(process.execPath, ['bench/batch-one.mjs', input, out, jobs], { encoding: 'utf8' })));
        rmSync(out, { recursive: true, force: true });
      }
    }
    const med = (k: string) => ({ ms: median(runs[k].map((x) => x.ms)), rss: median(runs[k].map((x) => x.rss)) });
    const hash = med('hash');
    for (const jobs of ['1', '2']) {
      const m = med(jobs);
      console.log(`${String(n).padEnd(7)} ${jobs.padEnd(6)} ${(m.ms / 1000).toFixed(2).padStart(7)}   ${(n / (m.ms / 1000)).toFixed(0).padStart(7)}   ${(mb / (m.ms / 1000)).toFixed(2).padStart(5)}   ${(m.rss / 2 ** 20).toFixed(0).padStart(5)} MiB   ${(m.ms / hash.ms).toFixed(0).padStart(6)}×`);
    }
    console.log(`${String(n).padEnd(7)} hash   ${(hash.ms / 1000).toFixed(2).padStart(7)}   ${(n / (hash.ms / 1000)).toFixed(0).padStart(7)}   ${(mb / (hash.ms / 1000)).toFixed(2).padStart(5)}   ${(hash.rss / 2 ** 20).toFixed(0).padStart(5)} MiB`);
    const one = med('1');
    const two = med('2');
    console.log(`${n} files: two workers take ${(two.ms / one.ms).toFixed(2)}× the time of one (${(one.ms / two.ms).toFixed(2)}× the speed)`);
  }
}

// `npm run bench -- throughput adversarial` runs those parts only; no names, every part
const PARTS = ['time', 'startup', 'throughput', 'adversarial', 'batch', 'export'] as const;
const asked = process.argv.slice(2).filter((a) => (PARTS as readonly string[]).includes(a));
const unknown = process.argv.slice(2).filter((a) => !(PARTS as readonly string[]).includes(a));
if (unknown.length) {
  console.error(`unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
const want = (part: (typeof PARTS)[number]) => !asked.length || asked.includes(part);
if (want('time')) timeBench();
if (want('startup')) startupBench();
const work = mkdtempSync(join(tmpdir(), 'p2l-bench-'));
try {
  if (want('throughput')) throughputBench(work);
  if (want('adversarial')) adversarialBench(work);
  if (want('batch')) batchBench(work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (want('export')) await exportBench();
