/** The Ledger (the JSON contract every exporter reads) from a parsed and extracted plan tree. */
import type { VFile } from 'vfile';
import { allSections, planDefaultDeadline } from '../extract/index.js';
import type { Position } from 'unist';
import type { Diagnostic, Ledger, LedgerGoal, LedgerTask, PlanNode, SectionNode, Severity, Source } from '../types.js';
import { locator } from './provenance.js';

export interface SourceInfo {
  path: string;
  sha256: string;
  encoding: string;
}

/** Builds the ledger: sections in document order, tasks (leaves outside goal sections), goals, diagnostics. */
export function buildLedger(tree: PlanNode, file: VFile, source: SourceInfo, aliases: Record<string, string> = {}): Ledger {
  const sections = allSections(tree.children);
  const tasks: LedgerTask[] = [];
  const goals: LedgerGoal[] = [];
  const defaultDeadline = planDefaultDeadline(tree);
  const locate = locator(String(file.value ?? ''), file.data.clean);
  const rangeOf = (n: SectionNode): [number, number] => {
    if (n.ownRange) return n.ownRange;
    const p = n.position!;
    return [p.start.offset ?? 0, p.end.offset ?? 0];
  };

  const walk = (node: SectionNode, path: SectionNode[], inGoal: boolean) => {
    const goalHere = inGoal || (node.level === 1 && node.kind === 'goal');
    if (node.children.length) {
      for (const c of node.children) walk(c, [...path, node], goalHere);
      return;
    }
    const facts = node.data?.facts;
    const own = rangeOf(node);
    // a fact written twice (6月底前 … 6月底前) is placed at its own words each time: a fact is looked for
    // after the last one with the same words, and, where the facts come in text order (what a text's
    // own scan finds, not a table row's columns), after the fact before it, which also makes a long
    // text's many facts one pass over it; else anywhere in the section
    const inOrder = !node.table;
    const placed = <T extends { text: string }>(xs: T[]): T[] => {
      let after = own[0];
      const lastEnd = new Map<string, number>();
      return xs.map((x) => {
        const from = Math.max(inOrder ? after : own[0], lastEnd.get(x.text) ?? own[0]);
        const position = (from > own[0] ? locate(x.text, [from, own[1]]) : null) ?? locate(x.text, own);
        if (position) {
          const end = position.end.offset!;
          if (end > after) after = end;
          lastEnd.set(x.text, end);
        }
        return position ? { ...x, position } : x;
      });
    };
    const metrics = placed(facts?.metrics ?? []);
    const parent = path[path.length - 1];
    const pf = parent?.data?.facts;
    if (goalHere) {
      goals.push({ id: node.id, title: node.title, text: node.text, metrics, position: copyOf(node.position!) });
      // a target assigned to units (任务分解和责任分工方案), its own or its heading's, is a task as well
      const ownUnits = !!facts && (facts.units.lead.length > 0 || facts.units.support.length > 0);
      if (!facts?.unitsExplicit && !(!ownUnits && pf?.unitsExplicit && (pf.units.lead.length || pf.units.support.length))) return;
    }
    let units = facts?.units ?? { lead: [], support: [] };
    let unitsInherited = false;
    // a table row's units come from its own columns alone
    if (!node.table && !units.lead.length && !units.support.length && pf && (pf.units.lead.length || pf.units.support.length)) {
      units = pf.units;
      unitsInherited = true;
    }
    let owners = facts?.owners ?? [];
    if (!owners.length && pf?.owners.length) owners = pf.owners;
    // where each unit, owner and cadence is written: in the task's own text, or in the heading it inherits from
    const sources: Source[] = [];
    const add = (fact: Source['fact'], value: string, range: [number, number], inherited: boolean, role?: 'lead' | 'support', words = value) => {
      const position = locate(words, range);
      if (position) sources.push({ fact, value, ...(role ? { role } : {}), position, ...(inherited ? { inherited: true } : {}) });
    };
    // what a task inherits is written in its heading (or, for an annotation closing 一是…, among its items)
    const whole = (n: SectionNode): [number, number] => [n.position!.start.offset ?? 0, n.position!.end.offset ?? 0];
    const unitRange = unitsInherited ? whole(parent) : own;
    for (const u of units.lead) add('unit', u, unitRange, unitsInherited, 'lead', writtenAs(u, aliases));
    for (const u of units.support) add('unit', u, unitRange, unitsInherited, 'support', writtenAs(u, aliases));
    const ownersInherited = !facts?.owners.length && !!pf?.owners.length;
    for (const o of owners) add('owner', o, ownersInherited ? whole(parent) : own, ownersInherited);
    for (const f of facts?.frequencyWords ?? []) add('frequency', f.value, own, false, undefined, f.text);
    const task: LedgerTask = {
      id: node.id,
      path: path.map((p) => p.title),
      title: node.title,
      text: node.text,
      // (the facts' own arrays: nothing changes a ledger once built, and a large plan has many tasks)
      units,
      owners,
      deadlines: placed(facts?.deadlines ?? []),
      frequency: facts?.frequency ?? [],
      metrics,
      sources,
      position: copyOf(node.position!),
    };
    if (unitsInherited) task.unitsInherited = true;
    if (node.table) {
      task.source = 'table';
      task.table = { header: node.table.header };
      if (facts?.columns && Object.keys(facts.columns).length) task.columns = facts.columns;
    }
    if (!task.deadlines.length && defaultDeadline) task.inheritedDeadline = defaultDeadline;
    tasks.push(task);
  };
  for (const s of tree.children) walk(s, [], false);

  return {
    title: tree.title,
    year: tree.year,
    source: {
      path: source.path,
      sha256: source.sha256,
      encoding: source.encoding,
    },
    defaultDeadline,
    sections: sections.map((s) => ({
      id: s.id,
      marker: s.marker.raw,
      level: s.level,
      title: s.title,
      text: s.text,
      ...(s.kind ? { kind: s.kind } : {}),
      ...(s.problems ? { problems: s.problems } : {}),
      position: copyOf(s.position!),
    })),
    tasks,
    goals,
    diagnostics: file.messages.map(toDiagnostic),
  };
}

/**
 * A position of the ledger's own, made beside the row that holds it: the tree's were made while parsing,
 * among everything else made then, and are let go with the tree. (Writing the JSON walks every position;
 * positions scattered through the heap took it two to three times as long as positions made in order.)
 */
function copyOf(p: Position): Position {
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

/** A canonical unit name as the text wrote it, before an office's aliases were written out. */
function writtenAs(name: string, aliases: Record<string, string>): string {
  let out = name;
  for (const [short, full] of Object.entries(aliases)) if (out.includes(full)) out = out.split(full).join(short);
  return out;
}

function toDiagnostic(m: VFile['messages'][number]): Diagnostic {
  const severity: Severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
  return {
    ruleId: m.ruleId ?? 'plan2ledger',
    message: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1,
    severity,
  };
}
