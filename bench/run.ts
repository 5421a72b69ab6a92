/**
 * npm run bench — speed and memory, always as ratios against a baseline measured in the same run.
 * 1. The time-expression normaliser against chrono-node's Chinese parser (a dev dependency kept for this
 *    comparison only), on the expression table of tests/data/time-expressions.ts: accuracy and µs each.
 * 2. xlsx export of a ledger with 10,000 tasks beside the JSON export of the same ledger: seconds and memory.
 */
import { readFileSync } from 'node:fs';
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

timeBench();
await exportBench();
