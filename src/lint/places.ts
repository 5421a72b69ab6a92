/** Places that rules point at: a section's marker, a task's own words. */
import type { Point } from 'unist';
import type { Ledger, LedgerTask, SectionNode } from '../types.js';

/** The start and end of a node's marker as written (it never spans a line). */
export function markerPlace(n: { marker: { raw: string } | string; position?: { start: Point } }): { start: Point; end: Point } {
  const start = n.position!.start;
  const raw = typeof n.marker === 'string' ? n.marker : n.marker.raw;
  const len = Math.max(1, raw.length);
  return { start, end: { line: start.line, column: start.column + len, offset: (start.offset ?? 0) + len } };
}

/** Every section below `nodes`, in document order. */
export function sectionsOf(nodes: SectionNode[], out: SectionNode[] = []): SectionNode[] {
  for (const n of nodes) {
    out.push(n);
    sectionsOf(n.children, out);
  }
  return out;
}

/** The part a section id belongs to (`2:` of `2:1.3`, '' for the plan itself). */
export function partOf(id: string): string {
  const i = id.indexOf(':');
  return i < 0 ? '' : id.slice(0, i);
}

const markers = new WeakMap<Ledger, Map<string, string>>();

/** A task's marker as the plan writes it, for pointing at the task (found once per ledger). */
export function taskPlace(ledger: Ledger, t: LedgerTask): { start: Point; end: Point } {
  let byId = markers.get(ledger);
  if (!byId) markers.set(ledger, (byId = new Map(ledger.sections.map((s) => [s.id, s.marker]))));
  return markerPlace({ marker: byId.get(t.id) ?? '', position: t.position });
}
