/** Helpers for tests: run the pipeline on a text written in the test, or on a fixture. */
import { convertPlan } from '../src/pipeline.js';
import { parsePlan } from '../src/parse/index.js';
import type { SectionNode } from '../src/types.js';

/** The ledger of a plan text given as a string. */
export function ledgerOf(text: string, path = 'test.txt', year?: number) {
  return convertPlan(new TextEncoder().encode(text), path, { year }).ledger;
}

/** `id marker title` lines of every section, in document order. */
export function outlineOf(text: string): string[] {
  const out: string[] = [];
  const walk = (ns: SectionNode[]) => {
    for (const n of ns) {
      out.push(`${n.id} ${n.marker.raw} ${n.title}`);
      walk(n.children);
    }
  };
  walk(parsePlan(text).tree.children);
  return out;
}

/** Facts without their positions, to compare what was read (positions are tested in provenance.test.ts). */
export function noPos<T extends { position?: unknown }>(xs: T[]): Omit<T, 'position'>[] {
  return xs.map(({ position: _p, ...rest }) => rest);
}
