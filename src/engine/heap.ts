/**
 * V8's heap sized to the input, with two of its own flags that it reads while running (each measured in
 * paired runs of `npm run bench`'s conversion, a fresh process per run):
 *
 * - The young generation, where new objects are made, doubles (up to 16 MB a half) each time a scavenge
 *   finds it too small. A conversion makes many short-lived strings and arrays, and the larger young
 *   generation only spreads them over more memory: kept at its first size (--semi-space-growth-factor=1),
 *   a 0.1 MB plan took 0.85× the time and 6 MiB less, a 1 MB plan the same time and 13 MiB less, a 5 MB plan
 *   0.97× and 24 MiB less. From about 8 MB on the tree outgrows it (10 MB: 1.05× the time; 20 MB: 1.14×, and
 *   more memory, as survivors crowd the old generation), so large inputs keep V8's growth.
 * - V8 lets the old generation grow up to four times what survived the last full collection while
 *   collecting is cheap beside the work, which for a plan of tens of megabytes means that the parse's
 *   leftovers and the tree, dead once the ledger is built, are still held when the ledger is written.
 *   Growth capped at twice the survivors (--heap-growing-percent=100) took a 20 MB plan's peak over the
 *   baseline from 195 to 176 MiB, in the same time. Plans of a few megabytes never reach the sizes where
 *   the cap applies.
 *
 * Below 64 KB (most plans) neither is set: the young generation never grows for them, and loading node:v8
 * costs more (3.5 ms) than it would save.
 */
import { createRequire } from 'node:module';

/** Inputs from this size on get the capped old-generation growth. */
export const LARGE_INPUT = 4 << 20;
/** Inputs in [YOUNG_FIXED_FROM, YOUNG_FIXED_UNTIL) keep the young generation at its first size. */
const YOUNG_FIXED_FROM = 64 << 10;
const YOUNG_FIXED_UNTIL = 8 << 20;

/** The heap flags for an input of `bytes` bytes; V8's defaults (factor 2, percent 0: its own) otherwise. */
export function heapFlags(bytes: number): { semiSpaceGrowthFactor: number; heapGrowingPercent: number } {
  return {
    semiSpaceGrowthFactor: bytes >= YOUNG_FIXED_FROM && bytes < YOUNG_FIXED_UNTIL ? 1 : 2,
    heapGrowingPercent: bytes >= LARGE_INPUT ? 100 : 0,
  };
}

/** The flags in force (V8's defaults until set). */
const current = { semiSpaceGrowthFactor: 2, heapGrowingPercent: 0 };

/**
 * Sets the heap flags for an input of `bytes` bytes, the next input of a batch included; a process that
 * only ever sees small inputs never loads node:v8.
 */
export function tuneHeap(bytes: number): void {
  const want = heapFlags(bytes);
  if (want.semiSpaceGrowthFactor === current.semiSpaceGrowthFactor && want.heapGrowingPercent === current.heapGrowingPercent) return;
  // loaded on first use
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  if (want.semiSpaceGrowthFactor !== current.semiSpaceGrowthFactor) v8.setFlagsFromString(`--semi-space-growth-factor=${want.semiSpaceGrowthFactor}`);
  if (want.heapGrowingPercent !== current.heapGrowingPercent) v8.setFlagsFromString(`--heap-growing-percent=${want.heapGrowingPercent}`);
  Object.assign(current, want);
}
