/**
 * Properties that hold for every input: the pipeline never throws anything but a ConvertError, ids are
 * unique, every section's position points at its marker, and the ledger validates. A fixed seed and a few
 * hundred cases here; `npm run fuzz` runs thousands (FUZZ_RUNS, FUZZ_SEED).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { convertPlan, ConvertError } from '../src/pipeline.js';
import { validateLedger } from '../src/ledger/validate.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const SEEDS = readdirSync('fixtures/seeds')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));

const MARKERS = ['一、', '二、', '（一）', '(二)', '1.', '2．', '3、', '（1）', '(2)', '①', '②', '第一章', '第二条', '一是', '二是', '1.1', '2.3.1', '附件', '附件1', '注：', '序号', '工作任务', '牵头单位', '完成时限', '1', '2'];
const WORDS = ['加强组织领导', '县委组织部要', '6月底前完成', '每季度', '（责任单位：县财政局、县发改委）', '各乡镇', '。', '；', '，', '\n', '\n\n', '\t', '  ', '\u200b', '\r', '（', '）', '《', '》', '2023年', '负责', '配合'];
const soup = fc.array(fc.constantFrom(...MARKERS, ...WORDS), { maxLength: 120 }).map((xs) => xs.join(''));
const unicode = fc.string({ unit: 'grapheme', maxLength: 400 });
/** A seed text with pieces cut out, moved, repeated, or its line breaks removed. */
const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(200), fc.constantFrom('cut', 'dup', 'flat', 'marker')), { maxLength: 6 }), fc.constantFrom(...MARKERS))
  .map(([text, edits, marker]) => {
    let t = text;
    for (const [at, len, op] of edits) {
      const i = at % Math.max(1, t.length);
      if (op === 'cut') t = t.slice(0, i) + t.slice(i + len);
      else if (op === 'dup') t = t.slice(0, i) + t.slice(i, i + len) + t.slice(i);
      else if (op === 'flat') t = t.replace(/\n/g, '');
      else t = t.slice(0, i) + '\n' + marker + t.slice(i);
    }
    return t;
  });

/** The first `n` characters of `text` from `at`, zero-width characters left out. */
function visibleFrom(text: string, at: number, n: number): string {
  let out = '';
  for (let i = at; i < text.length && out.length < n; i++) if (!/[\u200b-\u200d\u2060\ufeff]/.test(text[i])) out += text[i];
  return out;
}

function check(text: string): void {
  let result;
  try {
    result = convertPlan(new TextEncoder().encode(text), 'fuzz.txt');
  } catch (e) {
    if (e instanceof ConvertError) return; // a clear message for the user, never a crash
    throw e;
  }
  const { ledger } = result;
  expect(validateLedger(ledger)).toEqual([]);
  const ids = ledger.sections.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of ledger.sections) {
    const { start, end } = s.position;
    expect(start.offset).toBeLessThanOrEqual(end.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
    // a section's position opens with its marker as written (table rows continuing a row have none),
    // read without the zero-width characters the clean view drops (1.\u200b1.1 is the marker 1.1.1)
    if (s.marker) expect(visibleFrom(text, start.offset!, s.marker.length)).toBe(s.marker);
  }
}

describe('properties of every conversion', () => {
  it.each([
    ['random Unicode', unicode],
    ['marker soup', soup],
    ['mutated seeds', mutated],
  ] as const)('%s', (_name, arb) => {
    fc.assert(fc.property(arb, (text) => check(text)), { numRuns: RUNS, seed: SEED });
  }, 30_000 + RUNS * 40);
});
