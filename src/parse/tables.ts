/**
 * Task tables (任务分工表) and indicator tables in plan text: found by their header, read into rows.
 * Three layouts: one cell per line (as PDF and Word flatten a table, with or without blank lines between
 * rows or cells), columns split by tabs or wide spaces, and pipe tables (Markdown). ANNOTATION.md, "Task tables".
 */
import COLUMNS from '../lexicon/table-columns.json' with { type: 'json' };
import { splitLines, type Line } from '../text/lines.js';
import { toSimplified } from '../text/chars.js';
import { parseChineseNumber } from '../text/numerals.js';

export type ColumnRole = 'index' | 'task' | 'lead' | 'support' | 'owner' | 'time' | 'group' | 'indicator' | 'other';

export interface Column {
  header: string;
  role: ColumnRole;
}

/** One cell: its column and its text, with clean offsets. */
export interface Cell {
  col: number;
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  /** `row`: a numbered row (or, in a table without 序号, each row); `group`: a row spanning the table. */
  kind: 'row' | 'group';
  /** The 序号 as written (`1`), or the group row's marker (`一、`). */
  raw: string;
  ordinal: number;
  start: number;
  end: number;
  cells: Cell[];
  /** Rows with no 序号 that continue this one (merged 序号 and 工作事项 cells). */
  continuations: TableRow[];
  /** Group rows: the rows under them. */
  children: TableRow[];
}

export interface Table {
  kind: 'task' | 'indicator';
  /** Clean offsets of the whole table, header included. */
  start: number;
  end: number;
  /** Clean offsets of the header. */
  headerStart: number;
  headerEnd: number;
  columns: Column[];
  rows: TableRow[];
  /** Rows that did not fit the header (clean offset and the count found). */
  misfits: { offset: number; expected: number; found: number }[];
}

type Lexicon = Record<Exclude<ColumnRole, 'other'>, string[]>;
const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(COLUMNS as unknown as Lexicon & { $comment: string })) {
  if (role.startsWith('$')) continue;
  for (const n of names as string[]) ROLE_OF.set(n, role as ColumnRole);
}

/** The role of a header cell (`牵头单位` → lead); an unknown header is `other`. */
export function columnRole(header: string): ColumnRole {
  const h = toSimplified(header).replace(/[\s\u3000]+/g, '');
  return ROLE_OF.get(h) ?? ROLE_OF.get(h.replace(/[（(][^）)]*[）)]$/, '')) ?? 'other';
}

/** A header cell: short, no sentence punctuation, not a number. */
const HEADER_CELL = /^[^\d。，,；;：:！!？?、]{1,16}$/;
const INDEX_CELL = /^(\d{1,3})[.．、]?$/;
const GROUP_ROW = /^([一二三四五六七八九十]{1,3})[、．.]\s*([^。；;，,]{1,40})$/;
const NOTE = /^(?:注|备注|说明)[:：]/;
/** Separators of columns written on one line: a tab, a pipe, or a run of two or more spaces. */
const COLUMN_SPLIT = /\t+|[ \u3000]*\|[ \u3000]*|[ \u3000]{2,}|\u3000/;

/** Whether a header's cells make a task table, an indicator table, or neither. */
function headerKind(columns: Column[]): Table['kind'] | null {
  const roles = new Set(columns.map((c) => c.role));
  const known = columns.filter((c) => c.role !== 'other').length;
  if (known < 2) return null;
  if (roles.has('indicator')) return 'indicator';
  if (roles.has('task') && (roles.has('lead') || roles.has('support') || roles.has('owner') || roles.has('time'))) return 'task';
  return null;
}

/** Finds the tables in `text` between `from` and `to` (clean offsets); `stops` are offsets a table never runs past (annexes). */
export function findTables(text: string, from: number, to: number, stops: number[] = [], all: Line[] = splitLines(text)): Table[] {
  const lines = all.filter((l) => l.start >= from && l.end <= to);
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t || !(ROLE_OF.has(toSimplified(t)) || (COLUMN_SPLIT.test(t) && ROLE_OF.has(toSimplified(firstCell(t)))))) continue;
    const limit = Math.min(to, ...stops.filter((s) => s > lines[i].start));
    const table = readFlat(lines, i, limit) ?? readColumns(lines, i, limit);
    if (!table) continue;
    out.push(table);
    while (i + 1 < lines.length && lines[i + 1].start < table.end) i++;
  }
  return out;
}

/** The first cell of a line split into columns (a pipe table's outer pipe left out). */
function firstCell(t: string): string {
  return t.replace(/^\|/, '').split(COLUMN_SPLIT)[0].trim();
}

/** A header written one cell per line, and the rows after it. */
function readFlat(lines: Line[], at: number, limit: number): Table | null {
  const header: Line[] = [];
  const headerAt: number[] = [];
  let k = at;
  for (; k < lines.length && lines[k].start < limit; k++) {
    const t = lines[k].text.trim();
    if (!t) {
      // blank lines between header cells; the header ends at the first cell that is not one
      continue;
    }
    if (!HEADER_CELL.test(t) || COLUMN_SPLIT.test(t)) break;
    // a known header name, or an extra column once the header is under way
    if (columnRole(t) === 'other' && header.length < 2) break;
    header.push(lines[k]);
    headerAt.push(k);
  }
  // without a 序号 column the first body cell (a short item) reads like a header cell: the header then
  // ends with its last known column
  if (header.length && columnRole(header[0].text) !== 'index') {
    while (header.length && columnRole(header[header.length - 1].text) === 'other') {
      header.pop();
      headerAt.pop();
    }
    if (header.length) k = headerAt[headerAt.length - 1] + 1;
  }
  if (!header.length) return null;
  const columns = header.map((l) => ({ header: l.text.trim(), role: columnRole(l.text) }));
  const kind = headerKind(columns);
  if (!kind || columns.length < 3) return null;
  let stop = k;
  while (stop < lines.length && lines[stop].start < limit) stop++;
  const body = lines.slice(k, stop);
  const table: Table = {
    kind,
    start: lines[at].start,
    end: header[header.length - 1].end,
    headerStart: lines[at].start,
    headerEnd: header[header.length - 1].end,
    columns,
    rows: [],
    misfits: [],
  };
  if (kind === 'indicator') {
    // an indicator table runs to the end of its annex; its rows are read by the outline (numbered 二级指标)
    const last = [...body].reverse().find((l) => l.text.trim() && !NOTE.test(l.text.trim()));
    table.end = Math.max(table.end, noteBefore(body) ?? (last ? last.end : table.end));
    return table;
  }
  readFlatRows(table, body);
  return table;
}

/** Offset of the end of the last line before a closing note (注：…), if there is one. */
function noteBefore(body: Line[]): number | null {
  const n = body.findIndex((l) => NOTE.test(l.text.trim()));
  if (n <= 0) return null;
  for (let j = n - 1; j >= 0; j--) if (body[j].text.trim()) return body[j].end;
  return null;
}

/** How the body's cells sit: blocks of a row each, separated by blank lines, or one long run. */
function blocksOf(body: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of body) {
    if (l.text.trim()) cur.push(l);
    else if (cur.length) {
      blocks.push(cur);
      cur = [];
    }
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** Reads the rows of a one-cell-per-line table into `table`. */
function readFlatRows(table: Table, body: Line[]): void {
  const cols = table.columns;
  const hasIndex = cols[0].role === 'index';
  const content = contentColumn(cols);
  // a continuation row leaves out the merged cells before the content column
  const contWidth = cols.length - content;
  const firstWidth = cols.length - (hasIndex ? 1 : 0);
  let blocks = blocksOf(body);
  // blank lines between every cell: they separate nothing
  const blankSeparated = blocks.length > 1 && median(blocks.map((b) => b.length)) >= 2;
  if (!blankSeparated) blocks = [blocks.flat()];
  let expect = 1;
  let group: TableRow | null = null;
  let row: TableRow | null = null;
  let end = table.headerEnd;
  const pushRow = (r: TableRow) => (group ? group.children : table.rows).push(r);
  // the 序号 the next row must have: one more than the last, or 1 again right after a group row
  let afterGroup = false;
  const indexOf = (l: Line) => {
    const m = INDEX_CELL.exec(l.text.trim());
    return m ? Number(m[1]) : -1;
  };
  const isIndex = (l: Line, n = expect) => {
    const v = indexOf(l);
    return v === n || (afterGroup && v === 1 && n === expect);
  };
  outer: for (const block of blocks) {
    // split a block at its 序号 lines and group rows
    let i = 0;
    while (i < block.length) {
      const l = block[i];
      const t = l.text.trim();
      if (NOTE.test(t)) break outer;
      const g = GROUP_ROW.exec(t);
      if (g) {
        // a group row spans the table (一、营商环境基础任务): the rows under it follow, or it stands alone
        const next = block[i + 1] ?? null;
        if (next ? isIndex(next) : blankSeparated) {
          group = { kind: 'group', raw: t.slice(0, g[1].length + 1), ordinal: parseChineseNumber(g[1]), start: l.start, end: l.end, cells: [], continuations: [], children: [] };
          table.rows.push(group);
          row = null;
          end = l.end;
          afterGroup = true;
          i++;
          continue;
        }
      }
      if (hasIndex && isIndex(l)) {
        expect = indexOf(l);
        afterGroup = false;
        let j = i + 1;
        while (j < block.length && !isIndex(block[j], expect + 1) && !GROUP_ROW.test(block[j].text.trim())) j++;
        const cellsLines = block.slice(i + 1, j);
        const chunks = chunkRow(cellsLines, firstWidth, contWidth);
        const first = chunks.shift() ?? [];
        row = {
          kind: 'row',
          raw: t,
          ordinal: expect,
          start: l.start,
          end: (first[first.length - 1] ?? l).end,
          cells: fitCells(table, first, firstWidth, cols.length - firstWidth),
          continuations: [],
          children: [],
        };
        pushRow(row);
        for (const c of chunks) addContinuation(table, row, c, contWidth);
        end = (block[j - 1] ?? l).end;
        expect++;
        i = j;
        continue;
      }
      if (!hasIndex && !row && blankSeparated) {
        // a table without 序号: every block is a row of its own
        row = { kind: 'row', raw: String(expect), ordinal: expect, start: l.start, end: block[block.length - 1].end, cells: fitCells(table, block, cols.length, 0), continuations: [], children: [] };
        pushRow(row);
        expect++;
        end = row.end;
        row = null;
        break;
      }
      // a block with no 序号 continues the row above, if it looks like one (its unit cells are short)
      if (row && blankSeparated && looksLikeRow(table, block.slice(i), contWidth)) {
        addContinuation(table, row, block.slice(i), contWidth);
        end = block[block.length - 1].end;
        break;
      }
      break outer;
    }
  }
  table.end = Math.max(end, table.headerEnd);
}

/** The column whose cell a continuation row starts with: the second task column, else the first. */
export function contentColumn(cols: Column[]): number {
  const tasks = cols.map((c, i) => (c.role === 'task' ? i : -1)).filter((i) => i >= 0);
  return tasks[1] ?? tasks[0] ?? 1;
}

/** The column a numbered row's title comes from: the first task column. */
export function itemColumn(cols: Column[]): number {
  const i = cols.findIndex((c) => c.role === 'task');
  return i >= 0 ? i : 1;
}

/** A run of lines without blank lines splits into the first row and continuation rows by the cell counts. */
function chunkRow(lines: Line[], firstWidth: number, contWidth: number): Line[][] {
  let ls = lines;
  if (!fits(ls.length, firstWidth, contWidth)) ls = joinWrapped(ls);
  if (!fits(ls.length, firstWidth, contWidth) || contWidth <= 0) return [ls];
  const out: Line[][] = [ls.slice(0, firstWidth)];
  for (let i = firstWidth; i < ls.length; i += contWidth) out.push(ls.slice(i, i + contWidth));
  return out;
}

function fits(n: number, first: number, cont: number): boolean {
  return n === first || (n > first && cont > 0 && (n - first) % cont === 0);
}

/**
 * Lines that continue a wrapped cell: one ending in 、，or an opening bracket, or one that the next line
 * continues with closing punctuation. Joined lines keep the first line's start and the last one's end.
 */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const pt = prev?.text.trim() ?? '';
    if (prev && (/[、，,（(《“]$/.test(pt) || /^[，,。；;、）)》”]/.test(l.text.trim()))) {
      out[out.length - 1] = { start: prev.start, end: l.end, text: pt + l.text.trim() };
    } else out.push(l);
  }
  return out;
}

/** Cells of a row of `width` cells, right-aligned after `skip` merged columns; a misfit is recorded. */
function fitCells(table: Table, lines: Line[], width: number, skip: number): Cell[] {
  let ls = lines;
  if (ls.length > width) ls = joinWrapped(ls);
  if (ls.length > width) {
    // still too many: the longest cell (the content) took several lines
    const content = contentColumn(table.columns) - skip;
    const extra = ls.length - width;
    if (content >= 0 && content < ls.length) {
      const merged = ls.slice(content, content + extra + 1);
      ls = [...ls.slice(0, content), { start: merged[0].start, end: merged[merged.length - 1].end, text: merged.map((m) => m.text.trim()).join('') }, ...ls.slice(content + extra + 1)];
    }
  }
  if (ls.length !== width && lines.length) table.misfits.push({ offset: lines[0].start, expected: width, found: ls.length });
  const offset = table.columns.length - Math.min(ls.length, width);
  return ls.slice(0, width).map((l, i) => ({ col: offset + i, text: l.text.trim(), start: l.start + (l.text.length - l.text.trimStart().length), end: l.end }));
}

function addContinuation(table: Table, row: TableRow, lines: Line[], width: number): void {
  if (!lines.length) return;
  row.continuations.push({
    kind: 'row',
    raw: '',
    ordinal: row.continuations.length + 2,
    start: lines[0].start,
    end: lines[lines.length - 1].end,
    cells: fitCells(table, lines, width, table.columns.length - width),
    continuations: [],
    children: [],
  });
}

/** A block reads as a continuation row: it has about the row's count of cells and its unit cells are short. */
function looksLikeRow(table: Table, lines: Line[], width: number): boolean {
  if (lines.length < 2 || lines.length > width + 2) return false;
  const lead = table.columns.findIndex((c) => c.role === 'lead' || c.role === 'support' || c.role === 'time');
  if (lead < 0) return true;
  const at = lead - (table.columns.length - width);
  const cell = lines[at]?.text.trim() ?? '';
  return cell.length <= 40 && !/[。！？]/.test(cell);
}

/** A header and rows written on single lines, split by tabs, pipes or wide spaces. */
function readColumns(lines: Line[], at: number, limit: number): Table | null {
  const split = (l: Line) => splitCells(l);
  const headerCells = split(lines[at]);
  if (headerCells.length < 3) return null;
  const columns = headerCells.map((c) => ({ header: c.text, role: columnRole(c.text) }));
  const kind = headerKind(columns);
  if (!kind) return null;
  const table: Table = { kind, start: lines[at].start, end: lines[at].end, headerStart: lines[at].start, headerEnd: lines[at].end, columns, rows: [], misfits: [] };
  const hasIndex = columns[0].role === 'index';
  let expect = 1;
  let row: TableRow | null = null;
  let group: TableRow | null = null;
  for (let k = at + 1; k < lines.length && lines[k].start < limit; k++) {
    const l = lines[k];
    const t = l.text.trim();
    if (!t) continue;
    if (/^\|?[\s\u3000]*:?-{3,}/.test(t)) continue; // a Markdown table's separator row
    if (NOTE.test(t)) break;
    const cells = split(l);
    const g = GROUP_ROW.exec(t.replace(/^\||\|$/g, '').trim());
    if (cells.filter((c) => c.text).length === 1 && g) {
      group = { kind: 'group', raw: g[0].slice(0, g[1].length + 1), ordinal: parseChineseNumber(g[1]), start: l.start, end: l.end, cells: [], continuations: [], children: [] };
      table.rows.push(group);
      row = null;
      table.end = l.end;
      continue;
    }
    if (cells.length < 2) break;
    if (kind === 'indicator') {
      table.end = l.end;
      continue;
    }
    // cells by position when the row has them all (empty merged cells included), else right-aligned
    const full = cells.length === columns.length;
    const placed: Cell[] = cells.map((c, i) => ({ ...c, col: full ? i : columns.length - cells.length + i })).filter((c) => c.col >= 0 && c.text);
    if (cells.length > columns.length) table.misfits.push({ offset: l.start, expected: columns.length, found: cells.length });
    const idx = placed.find((c) => c.col === 0 && hasIndex);
    const m = idx ? INDEX_CELL.exec(idx.text) : null;
    if (hasIndex && m && Number(m[1]) === expect) {
      row = { kind: 'row', raw: idx!.text, ordinal: expect, start: l.start, end: l.end, cells: placed.filter((c) => c !== idx), continuations: [], children: [] };
      (group ? group.children : table.rows).push(row);
      expect++;
    } else if (!hasIndex) {
      row = { kind: 'row', raw: String(expect), ordinal: expect, start: l.start, end: l.end, cells: placed, continuations: [], children: [] };
      (group ? group.children : table.rows).push(row);
      expect++;
    } else if (row && (!idx || !m)) {
      if (cells.length < columns.length - 1 && !full) table.misfits.push({ offset: l.start, expected: columns.length, found: cells.length });
      row.continuations.push({ kind: 'row', raw: '', ordinal: row.continuations.length + 2, start: l.start, end: l.end, cells: placed.filter((c) => c.col > 0), continuations: [], children: [] });
    } else break;
    table.end = l.end;
  }
  return table;
}

/** Cells of one line split by tabs, pipes or wide spaces, with clean offsets. */
function splitCells(l: Line): Cell[] {
  const out: Cell[] = [];
  const re = new RegExp(COLUMN_SPLIT.source, 'g');
  let text = l.text;
  let base = l.start;
  // a pipe table's outer pipes
  const lead = /^[ \u3000]*\|/.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    base += lead[0].length;
    text = text.trimEnd().replace(/\|$/, '');
  } else {
    const ws = text.length - text.trimStart().length;
    text = text.slice(ws).trimEnd();
    base += ws;
  }
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    out.push(cell(text, base, last, m.index));
    last = m.index + m[0].length;
  }
  out.push(cell(text, base, last, text.length));
  return out;
}

function cell(text: string, base: number, s: number, e: number): Cell {
  const raw = text.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  return { col: 0, text: t, start: base + s + lead, end: base + s + lead + t.length };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
