/** The heap flags each input size gets (src/engine/heap.ts says what each was measured to do). */
import { describe, expect, it } from 'vitest';
import { heapFlags } from '../src/engine/heap.js';

const KB = 1 << 10;
const MB = 1 << 20;

describe('heap flags by input size', () => {
  it.each([
    [0, 2, 0],
    [17 * KB, 2, 0], // a typical plan: V8's defaults, node:v8 never loaded
    [64 * KB - 1, 2, 0],
    [64 * KB, 1, 0], // the young generation kept at its first size
    [1 * MB, 1, 0],
    [4 * MB - 1, 1, 0],
    [4 * MB, 1, 100], // and the old generation's growth capped
    [8 * MB - 1, 1, 100],
    [8 * MB, 2, 100], // a large tree needs the young generation to grow
    [50 * MB, 2, 100],
  ])('%i bytes: semi-space growth factor %i, heap growing percent %i', (bytes, factor, percent) => {
    expect(heapFlags(bytes)).toEqual({ semiSpaceGrowthFactor: factor, heapGrowingPercent: percent });
  });
});
