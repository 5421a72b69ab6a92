/**
 * The heap of a large conversion. V8 lets the heap grow up to four times what survived the last full
 * collection while collecting is cheap beside the work, which for a plan of tens of megabytes means that
 * the parse's leftovers and the tree, dead once the ledger is built, are still held when the ledger is
 * written. Growth capped at twice the survivors (V8's own --heap-growing-percent, read at each
 * collection) took a 20 MB plan's peak over the baseline from 195 to 176 MiB in the bench's conversion
 * (`npm run bench`) and from 246 to 240 MB for the command line, in the same time. Plans of a few
 * megabytes never reach the sizes where the cap applies.
 */
import { createRequire } from 'node:module';

/** Inputs from this size on get the capped heap growth. */
export const LARGE_INPUT = 4 << 20;

let capped = false;

/** Caps the heap's growth between full collections for an input of `bytes` bytes, once it is large. */
export function capHeapGrowth(bytes: number): void {
  if (capped || bytes < LARGE_INPUT) return;
  capped = true;
  // loaded on first use: a small plan's start-up never pays for it
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=100');
}
