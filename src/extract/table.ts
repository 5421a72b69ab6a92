/**
 * Facts of a task-table row, from its columns alone (ANNOTATION.md, "Task tables"): units from the
 * 牵头/责任 and 配合 columns, owners from 责任人, deadlines from the time column and the content cell,
 * the cadence from the content cell; other columns are kept as they are.
 */
import type { Deadline, Frequency, TableRowFacts } from '../types.js';
import { findDeadlines } from './time.js';
import { findFrequencyWords } from './frequency.js';
import { toSimplified } from '../text/chars.js';

export interface TableFacts {
  lead: string[];
  support: string[];
  owners: string[];
  deadlines: Deadline[];
  /** The cadences the content cell states, with their words. */
  frequencyWords: { value: Frequency; text: string }[];
  /** Cells of columns that are not read as facts (市卫健委内牵头处室), by header. */
  columns: Record<string, string>;
}

/** A cell that says "none": `/`, `—`, `无`. */
const NONE = /^(?:[\/／\\—–\-－_]+|无|暂无|空)$/;

/** Splits a cell's list of names on 、，,;； outside brackets (各县（市、区）stays whole). */
export function splitCell(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (/[（(〔【[]/.test(ch)) depth++;
    else if (/[）)〕】\]]/.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、，,;；\n]/.test(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim().replace(/[。.]$/, '')).filter((x) => x && !NONE.test(toSimplified(x)));
}

/** The facts of one row. */
export function tableFacts(t: TableRowFacts, year: number | null): TableFacts {
  const of = (role: string) => t.cells.filter((c) => c.role === role).map((c) => c.text);
  const names = (role: string) => [...new Set(of(role).flatMap(splitCell))];
  const content = of('task').join('\n');
  const deadlines: Deadline[] = [];
  for (const cell of of('time')) {
    if (NONE.test(toSimplified(cell.trim()))) continue;
    const found = findDeadlines(cell, year);
    // a time cell the normaliser cannot read (长期坚持) is still the deadline as written
    if (found.length) deadlines.push(...found.map((d) => ({ text: d.text, date: d.date })));
    else deadlines.push({ text: cell.trim(), date: null });
  }
  for (const d of findDeadlines(content, year)) if (!deadlines.some((x) => x.text === d.text)) deadlines.push({ text: d.text, date: d.date });
  const columns: Record<string, string> = {};
  for (const c of t.cells) if (c.role === 'other' || c.role === 'group') columns[c.header] = c.text;
  const lead = names('lead');
  return {
    lead,
    support: names('support').filter((s) => !lead.includes(s)),
    owners: names('owner'),
    deadlines,
    frequencyWords: findFrequencyWords(content),
    columns,
  };
}
