/** parsePlan: a pure function from plan text to a unist tree of numbered sections with positions. */
import { location } from 'vfile-location';
import type { Point, Position } from 'unist';
import { cleanText, toOriginal, toOriginalEnd, type CleanText } from '../text/clean.js';
import type { PlanNode, SectionNode, Marker } from '../types.js';
import { markdownHidden } from '../text/markdown.js';
import { frontMatter } from './front.js';
import { buildOutline, type RawNode } from './outline.js';
import { sectionKind, sectionTitle } from './titles.js';
import { contentColumn, findTables, itemColumn, type Table } from './tables.js';
import { isLineSpace, isWhiteSpace, TITLE_STOP, toSimplified } from '../text/chars.js';
import { splitLines } from '../text/lines.js';

export interface ParseResult {
  tree: PlanNode;
  clean: CleanText;
}

export interface ParseOptions {
  /** The text is Markdown: its syntax characters are not part of the plan's text. */
  markdown?: boolean;
}

/** Parses a plan text into its outline tree. Never throws on text input. */
export function parsePlan(original: string, options: ParseOptions = {}): ParseResult {
  const clean = cleanText(original, options.markdown ? markdownHidden(original) : undefined);
  // the clean text's lines, split once for the front matter and the tables
  const lines = splitLines(clean.text);
  const fm = frontMatter(clean.text, lines);
  const tables = findTables(clean.text, fm.bodyStart, fm.bodyEnd, fm.annexes, lines);
  const roots = buildOutline(clean.text, fm.bodyStart, fm.bodyEnd, { annexes: fm.annexes, skip: [...fm.annexLists, ...annexNotes(clean.text, fm.annexes, fm.bodyEnd)], tables, stops: fm.signatures });
  const loc = location(original);
  const point = (cleanOffset: number, isEnd = false): Point => {
    const offset = isEnd ? toOriginalEnd(clean, cleanOffset) : toOriginal(clean, cleanOffset);
    const p = loc.toPoint(offset) ?? { line: 1, column: 1, offset };
    return { line: p.line, column: p.column, offset };
  };
  const span = (s: number, e: number): Position => ({ start: point(s), end: point(Math.max(s, e), true) });
  // the same span as original offsets only (a node's own text is looked up by them, never shown)
  const range = (s: number, e: number): [number, number] => [toOriginal(clean, s), toOriginalEnd(clean, Math.max(s, e))];

  const convert = (raw: RawNode, parentId: string | null, level: number, part = 1): SectionNode => {
    const c = raw.marker;
    const own = ownId(raw, parentId);
    // a second document (or a numbering that starts again) is told apart by its part: 2:1.1
    const id = part > 1 && !parentId ? `${part}:${own}` : own;
    const ownText = clean.text.slice(c.end, raw.ownEnd);
    const marker: Marker = { raw: c.raw, family: c.family, ordinal: c.ordinal };
    if (c.path) marker.path = c.path;
    if (raw.row) {
      const node = rowSection(raw, id, level, marker, span, range);
      if (level === 1) node.kind = sectionKind(node.title);
      node.children = raw.children.map((r) => convert(r, id, level + 1, part));
      return node;
    }
    const node: SectionNode = {
      type: 'section',
      marker,
      id,
      level,
      title: sectionTitle(clean.text, c.end, raw.ownEnd, ['chapter', 'section', 'cn', 'decimal'].includes(c.family) && level === 1),
      text: tidy(ownText),
      children: [],
      position: span(c.start, trimEnd(clean.text, c.start, raw.end)),
      ownRange: range(c.start, trimEnd(clean.text, c.start, raw.ownEnd)),
    };
    if (level === 1) node.kind = sectionKind(node.title);
    if (raw.children.length) {
      // read in simplified form (one character for one); the words kept are the text as written
      const m = /存在问题[:：]([\s\S]*?)(?:工作措施[:：]|具体措施[:：]|$)/.exec(toSimplified(ownText));
      if (m) node.problems = tidy(ownText.slice(m.index + 5, m.index + 5 + m[1].length));
    }
    node.children = raw.children.map((r) => convert(r, id, level + 1, part));
    return node;
  };

  const parts = partsOf(dropTableOfContents(clean.text, roots), fm.annexes);
  const children = parts.flatMap((p, i) => {
    const nodes = p.roots.map((r) => convert(r, null, 1, i + 1));
    // an annex that lists indicators is a part of goals (ANNOTATION.md, "Which nodes are tasks")
    if (p.annexAt !== undefined && isIndicatorAnnex(clean.text, p, tables)) for (const n of nodes) n.kind = 'goal';
    return nodes;
  });
  tableKinds(children);
  const renumbered = uniqueIds(children);
  const firstStart = roots.length ? roots[0].marker.start : fm.bodyEnd;
  const tree: PlanNode = {
    type: 'plan',
    title: fm.title,
    year: null,
    preamble: tidy(clean.text.slice(fm.bodyStart, firstStart)),
    children,
    position: span(0, clean.text.length),
    data: {
      body: { start: toOriginal(clean, fm.bodyStart), end: toOriginalEnd(clean, fm.bodyEnd) },
      ...(tables.length
        ? {
            tables: tables.map((t) => ({
              kind: t.kind,
              header: span(t.headerStart, t.headerEnd),
              columns: t.columns.map((c) => c.header),
              misfits: t.misfits.map((m) => ({ ...point(m.offset), expected: m.expected, found: m.found })),
            })),
          }
        : {}),
      ...(fm.cover ? { coverLetter: span(fm.cover[0], fm.cover[1]) } : {}),
      ...(renumbered.length ? { renumbered } : {}),
      ...(parts.length > 1 ? { parts: parts.slice(1).map((p) => ({ ...point(p.roots[0].marker.start), annex: p.annex })) } : {}),
    },
  };
  return { tree, clean };
}

/**
 * Ids stay unique in the whole plan: a node whose id an earlier node already has (1. items under 一、 and
 * then （一）, both numbered from 1; a decimal 1.1 under another chapter) takes the next free ordinal under
 * its parent, and its descendants follow. Returns the nodes renumbered so, for a diagnostic.
 */
function uniqueIds(roots: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  const seen = new Set<string>();
  const reId = (n: SectionNode, from: string, to: string) => {
    if (n.id.startsWith(from)) n.id = to + n.id.slice(from.length);
    n.children.forEach((c) => reId(c, from, to));
  };
  const walk = (nodes: SectionNode[], parentId: string | null) => {
    for (const n of nodes) {
      if (seen.has(n.id)) {
        const prefix = parentId ? parentId + '.' : n.id.slice(0, n.id.indexOf(':') + 1);
        let k = 1;
        while (seen.has(prefix + k)) k++;
        reId(n, n.id, prefix + k);
        out.push(n);
      }
      seen.add(n.id);
      walk(n.children, n.id);
    }
  };
  walk(roots, null);
  return out;
}

/**
 * A task table often restates the plan's own items (its rows titled as the body's sections): such a row
 * is of the kind of the body's top-level section that holds the item (组织实施's items are safeguards).
 */
function tableKinds(roots: SectionNode[]): void {
  const kindOf = new Map<string, SectionNode['kind']>();
  const walk = (ns: SectionNode[], kind: SectionNode['kind']) =>
    ns.forEach((n) => {
      if (n.table) return;
      const k = n.level === 1 ? n.kind : kind;
      if (!kindOf.has(n.title)) kindOf.set(n.title, k);
      walk(n.children, k);
    });
  walk(roots, undefined);
  for (const r of roots) if (r.table && r.level === 1 && kindOf.get(r.title)) r.kind = kindOf.get(r.title);
}

/** A 注： line that closes an annex: the notes after it, to the annex's end, are its text, not items. */
function annexNotes(text: string, annexes: number[], bodyEnd: number): [number, number][] {
  const out: [number, number][] = [];
  annexes.forEach((a, i) => {
    const end = annexes[i + 1] ?? bodyEnd;
    const m = /(?:^|\n)[ \t\u3000]*注[:：]/.exec(text.slice(a, end));
    if (m) out.push([a + m.index, end]);
  });
  return out;
}

/** Cuts a cell's text to a title: up to the first 。；：！？. */
function cellTitle(s: string): string {
  const i = s.search(TITLE_STOP);
  return (i < 0 ? s : s.slice(0, i)).trim();
}

/** The section of a task-table row: title and text from its task cells, the cells kept by column. */
function rowSection(
  raw: RawNode,
  id: string,
  level: number,
  marker: Marker,
  span: (s: number, e: number) => Position,
  range: (s: number, e: number) => [number, number],
): SectionNode {
  const { table, row, own } = raw.row!;
  const cols = table.columns;
  const cellAt = (col: number) => row.cells.find((c) => c.col === col);
  const item = cellAt(itemColumn(cols));
  const content = row.cells.find((c) => c.col >= contentColumn(cols) && cols[c.col].role === 'task');
  const taskCells = row.cells.filter((c) => cols[c.col].role === 'task');
  const titleCell = own === 'content' ? content ?? taskCells[0] : item ?? taskCells[0];
  const text = own === 'heading' ? item?.text ?? '' : own === 'content' ? (content ?? taskCells[0])?.text ?? '' : taskCells.map((c) => c.text).join('\n');
  const node: SectionNode = {
    type: 'section',
    marker,
    id,
    level,
    title: cellTitle(titleCell?.text ?? ''),
    text,
    children: [],
    position: span(raw.marker.start, raw.end),
    ownRange: range(raw.marker.start, own === 'heading' ? (item?.end ?? row.end) : raw.ownEnd),
  };
  {
    // a heading's own cells are its 序号 and 工作事项; its units stand on its children's rows
    const cells = own === 'heading' ? row.cells.filter((c) => c.col < contentColumn(cols)) : row.cells;
    node.table = {
      header: span(table.headerStart, table.headerEnd),
      cells: cells.map((c) => ({ header: cols[c.col].header, role: cols[c.col].role, text: c.text, position: span(c.start, c.end) })),
    };
  }
  return node;
}

/** The tables a parse found, for diagnostics. */
export type { Table };

/**
 * A table of contents repeats the outline before the body: leading nodes with no text of their own whose
 * titles come again later are dropped.
 */
function dropTableOfContents(text: string, roots: RawNode[]): RawNode[] {
  const flat: RawNode[] = [];
  const parent = new Map<RawNode, RawNode>();
  const walk = (ns: RawNode[], up?: RawNode) =>
    ns.forEach((n) => {
      flat.push(n);
      if (up) parent.set(n, up);
      walk(n.children, n);
    });
  walk(roots);
  const key = (n: RawNode) => `${n.marker.raw}|${sectionTitle(text, n.marker.end, n.ownEnd, false)}`;
  // the leading run of entries with no text of their own
  let k = 0;
  while (k < flat.length && !/[。；;，,]/.test(text.slice(flat[k].marker.end, flat[k].ownEnd))) k++;
  if (k < 3) return roots;
  // where the body starts: the first entry that repeats one of the run
  const seen = new Set<string>();
  let j = -1;
  for (let i = 0; i < flat.length; i++) {
    const kk = key(flat[i]);
    if (seen.has(kk)) {
      j = i;
      break;
    }
    if (i < k) seen.add(kk);
  }
  if (j < 0) return roots;
  const keep = new Set<RawNode>();
  for (let a: RawNode | undefined = flat[j]; a; a = parent.get(a)) keep.add(a);
  const toc = new Set(flat.slice(0, Math.min(j, k)).filter((n) => !keep.has(n)));
  if (toc.size < 2) return roots;
  const prune = (ns: RawNode[]): RawNode[] => ns.filter((n) => !toc.has(n)).map((n) => ({ ...n, children: prune(n.children) }));
  return prune(roots);
}

/**
 * Top-level numbering that starts again at 1 begins a new part (a second document in the same file),
 * and so do an annex (附件) and a top-level number met a second time, so that ids stay unique.
 */
/** A node's id from its marker: a decimal outline's own numbers, else the parent's id and the ordinal. */
function ownId(n: RawNode, parentId: string | null): string {
  const c = n.marker;
  if (c.family === 'decimal' && c.path) return c.path.join('.');
  return parentId ? `${parentId}.${c.ordinal}` : String(c.ordinal);
}

interface Part {
  roots: RawNode[];
  /** The part begins at an annex (附件). */
  annex: boolean;
  /** Clean offset of the annex header the part begins at. */
  annexAt?: number;
}

/** Titles of annexes that list indicators: …考核指标, 指标体系, 考评指标, 评分标准. */
const INDICATOR_TITLE = /指标|评分标准|评分细则|考核细则|评价标准/;

/** An annex whose title names indicators, or that holds an indicator table before its first item. */
function isIndicatorAnnex(text: string, p: Part, tables: Table[]): boolean {
  const first = p.roots[0].marker.start;
  const head = text.slice(p.annexAt!, first);
  // the annex header and its title line (附件1 / 广州市…监测指标体系（2023年版）)
  const titleLines = head.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('\n');
  return INDICATOR_TITLE.test(titleLines) || tables.some((t) => t.kind === 'indicator' && t.start >= p.annexAt! && t.start < first);
}

function partsOf(roots: RawNode[], annexes: number[]): Part[] {
  const parts: Part[] = [];
  let next = 0;
  // the current part's ids and marker families, for the tests below (a lookup, not a pass over its roots)
  let ids = new Set<string>();
  let families = new Set<string>();
  for (const r of roots) {
    const cur = parts[parts.length - 1]?.roots;
    // an annex header between the last root and this one starts a part whatever the numbering
    let afterAnnex = false;
    while (next < annexes.length && annexes[next] <= r.marker.start) {
      afterAnnex = true;
      next++;
    }
    const restarts = r.marker.ordinal === 1 && (r.marker.family !== 'decimal' || (r.marker.path?.length ?? 1) === 1);
    // ids stay unique: a top-level number met again (1. 2. then （二）) begins a part too
    const id = ownId(r, null);
    if (!cur || afterAnnex || (restarts && families.has(r.marker.family)) || ids.has(id)) {
      parts.push({ roots: [r], annex: afterAnnex && !!cur, ...(afterAnnex ? { annexAt: annexes[next - 1] } : {}) });
      ids = new Set();
      families = new Set();
    } else cur.push(r);
    ids.add(id);
    families.add(r.marker.family);
  }
  return parts;
}

/** Trims a node's text and folds the white space that extraction left between lines. */
export function tidy(s: string): string {
  // nothing to fold (no blank line, no space beside a line break): the text itself, trimmed, so that it
  // stays a slice of the plan's text rather than a copy
  if (!/[ \t\u3000\u00a0]\n|\n[ \t\u3000\u00a0\n]/.test(s) && !isLineSpace(s.charCodeAt(0)) && !isLineSpace(s.charCodeAt(s.length - 1))) return s.trim();
  // line by line, without a pattern that backtracks over long runs of spaces: each line without the
  // spaces at its ends, blank ones dropped, joined once (one copy, none for a text of one line)
  const lines: string[] = [];
  for (let a = 0; a <= s.length; ) {
    let b = s.indexOf('\n', a);
    if (b < 0) b = s.length;
    let x = a;
    let y = b;
    while (x < y && isLineSpace(s.charCodeAt(x))) x++;
    while (y > x && isLineSpace(s.charCodeAt(y - 1))) y--;
    if (y > x) lines.push(s.slice(x, y));
    a = b + 1;
  }
  return lines.join('\n').trim();
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
