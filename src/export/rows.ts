/** The 台账 columns shared by the spreadsheet, CSV and Markdown exporters. */
import type { Deadline, Frequency, Ledger, LedgerTask } from '../types.js';
import GENERIC from '../lexicon/generic-headings.json' with { type: 'json' };

/** Column headers of the task ledger. */
export const TASK_HEADERS = [
  '序号', '一级任务', '二级任务', '具体任务', '工作内容', '牵头单位', '配合单位', '责任人', '完成时限', '截止日期', '频次', '完成情况', '备注', '原文位置',
];

const FREQ: Record<Frequency, string> = {
  daily: '每天', weekly: '每周', monthly: '每月', quarterly: '每季度', 'half-yearly': '每半年', yearly: '每年',
};

/** Chinese name of a cadence. */
export function frequencyName(f: Frequency): string {
  return FREQ[f];
}

/** The deadlines a task shows: its own, or the plan's default marked as inherited. */
export function shownDeadlines(t: LedgerTask): Deadline[] {
  return t.deadlines.length ? t.deadlines : t.inheritedDeadline ? [t.inheritedDeadline] : [];
}

/** 完成时限 as text; an inherited deadline says so. */
export function deadlineText(t: LedgerTask): string {
  return shownDeadlines(t).map((d) => (d.inherited ? `${d.text}（全文统一时限）` : d.text)).join('；');
}

/** The latest date among a task's deadlines (YYYY-MM-DD), or ''. */
export function lastDate(t: LedgerTask): string {
  const dates = shownDeadlines(t).map((d) => d.date).filter((d): d is string => !!d).sort();
  return dates.length ? dates[dates.length - 1] : '';
}

const CONTAINERS = new Set(GENERIC.headings);

/**
 * The task groups a clerk means: a task's path without a top-level heading that only holds tasks
 * (主要任务, 保障措施 …; src/lexicon/generic-headings.json), whose place the level below takes.
 */
export function groups(t: LedgerTask): string[] {
  const p = t.path;
  return p.length && CONTAINERS.has(p[0].replace(/[\s\u3000]+/g, '')) ? p.slice(1) : p;
}

/** 一级任务 / 二级任务 / 具体任务 columns from a task's groups. */
export function levels(t: LedgerTask): [string, string, string] {
  const p = groups(t);
  if (p.length === 0) return [t.title, '', ''];
  if (p.length === 1) return [p[0], '', t.title];
  return [p[0], p.slice(1).join(' / '), t.title];
}

/** Control characters a cell must not carry (terminal escapes, bytes XML forbids); tab and line breaks stay. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** The most characters Excel keeps in one cell. */
export const CELL_MAX = 32767;

/** A cell's text without control characters, cut to what a spreadsheet cell holds (the cut said). */
export function cellText(v: string): string {
  const s = v.replace(CONTROL, '');
  const more = '…（内容过长，已截断）';
  return s.length > CELL_MAX ? s.slice(0, CELL_MAX - more.length) + more : s;
}

/** Headers of a task table's own extra columns (市卫健委内牵头处室 …), in order of first appearance. */
export function extraHeaders(ledger: Ledger): string[] {
  const out = new Set<string>();
  for (const t of ledger.tasks) for (const k of Object.keys(t.columns ?? {})) out.add(k);
  return [...out];
}

/** The headers of every row `taskRows` gives: the standard ones, then a task table's extra columns. */
export function taskHeaders(ledger: Ledger): string[] {
  return [...TASK_HEADERS, ...extraHeaders(ledger)];
}

/** One row of plain values per task, in taskHeaders order, every text cell made safe. */
export function taskRows(ledger: Ledger): (string | number)[][] {
  const extra = extraHeaders(ledger);
  return rawRows(ledger).map((r, i) => [...r, ...extra.map((h) => ledger.tasks[i].columns?.[h] ?? '')].map((c) => (typeof c === 'string' ? cellText(c) : c)));
}

function rawRows(ledger: Ledger): (string | number)[][] {
  return ledger.tasks.map((t, i) => {
    const [l1, l2, l3] = levels(t);
    return [
      i + 1,
      l1,
      l2,
      l3,
      t.text,
      t.units.lead.join('、'),
      t.units.support.join('、'),
      t.owners.join('、'),
      deadlineText(t),
      lastDate(t),
      t.frequency.map(frequencyName).join('、'),
      '',
      t.unitsInherited ? '责任单位沿用上级条目' : '',
      `第${t.position.start.line}行（${t.id}）`,
    ];
  });
}

/** What a sheet or table is called: the plan's title, or its file name when the text has none. */
export function planName(ledger: Ledger): string {
  if (ledger.title) return ledger.title;
  const base = ledger.source.path.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '') || '方案';
}
