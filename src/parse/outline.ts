/** Decides which marker candidates open outline nodes and nests them on the standard ladder. */
import { rankOf, scanEnumerations, scanMarkers, type Candidate } from './markers.js';
import { contentColumn, type Table, type TableRow } from './tables.js';

export interface RawNode {
  marker: Candidate;
  /** Clean offset where the node's own text ends (its first child or the next node starts). */
  ownEnd: number;
  /** Clean offset where the node with all its children ends. */
  end: number;
  children: RawNode[];
  /** A node read from a task table: the table and the rows it stands for (a continuation row, or the numbered row). */
  row?: { table: Table; row: TableRow; own: 'row' | 'heading' | 'content' };
}

/** Characters after which a marker may stand inside a line (flattened text). */
const INLINE_BEFORE = /^(?:|[。；;：:！!？?）)】」”"’'、，,\s])$/;

interface Open {
  c: Candidate;
  rank: number;
}

export interface OutlineOptions {
  /** Offsets where an annex begins: nesting starts afresh there. */
  annexes?: number[];
  /** Ranges that hold no items (a 附件：1.… list of annex titles). */
  skip?: [number, number][];
  /** Tables found in the text: a task table's rows are nodes of their own, an indicator table keeps its numbered rows only. */
  tables?: Table[];
  /** Offsets no node's text runs past (a signature before an annex). */
  stops?: number[];
}

/** Builds the outline of `text` between `from` and `to` (clean offsets). */
export function buildOutline(text: string, from: number, to: number, options: OutlineOptions = {}): RawNode[] {
  const tables = options.tables ?? [];
  const skip = [...(options.skip ?? []), ...tables.filter((t) => t.kind === 'task').map((t): [number, number] => [t.start, t.end])];
  const cands = indicatorRowsOnly(
    scanMarkers(text, from, to).filter((c) => !skip.some(([a, b]) => c.start >= a && c.start < b)),
    tables.filter((t) => t.kind === 'indicator'),
  );
  const annexes = [...(options.annexes ?? [])];
  confirmWeak(cands);
  const ranks = documentRanks(cands);
  const rankOfHere = (c: Candidate) => ranks.get(c.family) ?? rankOf(c);
  const accepted: Candidate[] = [];
  const stack: Open[] = [];
  const last = new Map<string, number>();
  for (const c of cands) {
    if (c.weak) continue;
    // an annex is a document of its own: nothing in it nests under the plan's last heading
    while (annexes.length && annexes[0] <= c.start) {
      annexes.shift();
      stack.length = 0;
    }
    const rank = rankOfHere(c);
    if (!c.lineStart && !fitsInline(c, rank, stack, last)) continue;
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    stack.push({ c, rank });
    last.set(c.family, c.ordinal);
    accepted.push(c);
  }
  const taskTables = tables.filter((t) => t.kind === 'task');
  const roots = nest(accepted, to, rankOfHere, [...(options.annexes ?? [])], options.stops ?? []);
  addEnumerations(text, roots);
  for (const t of taskTables) placeTable(roots, t);
  return roots;
}

/**
 * Inside an indicator table only the numbered rows are items (一、 > （一） > 1. in its indicator columns);
 * numbered lists inside its cells (1.是否建立… 2.查看…) are cell text. A number counts when it goes on
 * from the last one of its family, or starts again at 1 after a row of a higher level.
 */
function indicatorRowsOnly(cands: Candidate[], tables: Table[]): Candidate[] {
  if (!tables.length) return cands;
  const drop = new Set<Candidate>();
  for (const t of tables) {
    const last = new Map<string, { ordinal: number; at: number }>();
    let k = 0;
    // candidates are in document order: start at the first inside the table
    let lo = 0;
    let hi = cands.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cands[mid].start < t.headerEnd) lo = mid + 1;
      else hi = mid;
    }
    for (let ci = lo; ci < cands.length && cands[ci].start < t.end; ci++) {
      const c = cands[ci];
      k++;
      const prev = last.get(c.family);
      const rank = rankOf(c);
      const higherSince = (at: number) => [...last.entries()].some(([f, v]) => f !== c.family && v.at > at && rankOf({ family: f as Candidate['family'] }) < rank);
      const ok = c.lineStart && !c.weak && (prev ? c.ordinal === prev.ordinal + 1 || (c.ordinal === 1 && higherSince(prev.at)) : c.ordinal === 1);
      if (ok) last.set(c.family, { ordinal: c.ordinal, at: k });
      else drop.add(c);
    }
  }
  return cands.filter((c) => !drop.has(c));
}

/** The nodes of a task table's rows, put under the section the table stands in (or at the top of its part). */
function placeTable(roots: RawNode[], table: Table): void {
  const nodes = table.rows.map((r) => rowNode(table, r));
  if (!nodes.length) return;
  // the deepest node whose range holds the table
  let siblings = roots;
  let parent: RawNode | null = null;
  for (;;) {
    const holder: RawNode | undefined = siblings.find((n) => n.marker.start < table.start && n.end > table.start);
    if (!holder) break;
    parent = holder;
    siblings = holder.children;
  }
  if (parent) {
    if (parent.ownEnd > table.start) parent.ownEnd = table.start;
    parent.end = Math.max(parent.end, table.end);
  }
  const at = siblings.findIndex((n) => n.marker.start > table.start);
  siblings.splice(at < 0 ? siblings.length : at, 0, ...nodes);
}

function rowNode(table: Table, r: TableRow): RawNode {
  const marker = (raw: string, ordinal: number, start: number, end: number, family: Candidate['family']): Candidate => ({
    start,
    end,
    raw,
    family,
    ordinal,
    lineStart: true,
    before: '\n',
  });
  if (r.kind === 'group') {
    const node: RawNode = { marker: marker(r.raw, r.ordinal, r.start, r.start + r.raw.length, 'cn'), ownEnd: r.end, end: r.end, children: [] };
    node.children = r.children.map((c) => rowNode(table, c));
    node.end = Math.max(r.end, ...node.children.map((c) => c.end));
    return node;
  }
  const last = r.continuations[r.continuations.length - 1];
  const end = last ? last.end : r.end;
  const node: RawNode = {
    marker: marker(r.raw, r.ordinal, r.start, r.start + r.raw.length, 'row'),
    ownEnd: end,
    end,
    children: [],
    row: { table, row: r, own: last ? 'heading' : 'row' },
  };
  if (last) {
    // the numbered row's own content and each continuation row are its children
    const firstContent = r.cells.find((c) => c.col >= contentColumn(table.columns)) ?? r.cells[0];
    const own = { ...r, cells: r.cells.filter((c) => c.col >= contentColumn(table.columns)), start: firstContent?.start ?? r.start, continuations: [] };
    node.children = [own, ...r.continuations].map((c, i) => ({
      marker: marker('', i + 1, c.start, c.start, 'row'),
      ownEnd: c.end,
      end: c.end,
      children: [],
      row: { table, row: c, own: 'content' as const },
    }));
  }
  return node;
}

/** Families whose order a document may turn around; 第X章 and decimal outlines keep theirs. */
const LADDER = ['cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled'] as const;

/**
 * Ranks of the families as this document uses them. The standard ladder holds unless the document
 * consistently nests another way: a family whose numbering starts again at 1 right after an item of
 * another family is that family's child. Only a pair with two votes or more one way and none the other
 * is turned around.
 */
function documentRanks(cands: Candidate[]): Map<string, number> {
  const ranks = new Map<string, number>(LADDER.map((f) => [f, rankOf({ family: f })]));
  const votes = new Map<string, number>();
  const starts = cands.filter((c) => c.lineStart && !c.weak && !c.topLevel && (LADDER as readonly string[]).includes(c.family));
  for (let i = 1; i < starts.length; i++) {
    const [a, b] = [starts[i - 1], starts[i]];
    const key = `${a.family}>${b.family}`;
    if (a.family !== b.family && b.ordinal === 1) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  // the document itself puts `child` above `parent` through other families (一、>（一）>① against ①>一、,
  // which is only a new annex or document starting again after a deep item)
  const above = (a: string, b: string): boolean => {
    const seen = new Set([a]);
    const queue = [a];
    while (queue.length) {
      const x = queue.shift()!;
      for (const k of votes.keys()) {
        const [p, c] = k.split('>');
        if (p !== x || seen.has(c)) continue;
        if (c === b) return true;
        seen.add(c);
        queue.push(c);
      }
    }
    return false;
  };
  for (const [key, n] of votes) {
    const [parent, child] = key.split('>');
    if (n < 2 || votes.has(`${child}>${parent}`) || above(child, parent)) continue;
    const rp = ranks.get(parent)!;
    const rc = ranks.get(child)!;
    if (rp > rc) {
      ranks.set(parent, rc);
      ranks.set(child, rp);
    }
  }
  return ranks;
}

/**
 * A weak candidate (a bare number `2完善…`, or 第一章 inside a line) counts when the next one of its
 * family is numbered one higher.
 */
function confirmWeak(cands: Candidate[]): void {
  // the next candidate of each family (for arabic, the next one that is not weak), in one backward pass
  const nextOf: (Candidate | undefined)[] = new Array(cands.length);
  const nextAny = new Map<string, Candidate>();
  let nextStrongArabic: Candidate | undefined;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    nextOf[i] = c.family === 'arabic' ? nextStrongArabic : nextAny.get(c.family);
    nextAny.set(c.family, c);
    if (c.family === 'arabic' && !c.weak) nextStrongArabic = c;
  }
  const last = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.weak) {
      const next = nextOf[i];
      const followed = next && next.ordinal === c.ordinal + 1 && next.start - c.end < 2000;
      // the last of a run has no successor, but it continues its predecessor (第二章…第三条)
      const continues = c.family !== 'arabic' && last.get(c.family) === c.ordinal - 1;
      if (followed || continues) {
        c.weak = false;
        c.lineStart = true; // trusted like a marker that opens a line
      }
    }
    if (!c.weak) last.set(c.family, c.ordinal);
  }
}

function fitsInline(c: Candidate, rank: number, stack: Open[], last: Map<string, number>): boolean {
  const punctBefore = INLINE_BEFORE.test(c.before);
  // 一、 and （一） inside a sentence are words, not headings; arabic items may follow a heading phrase directly
  if (!punctBefore) {
    // 第一章/第一条 in flattened text follow a title directly; the numbering must fit all the same
    if (!['arabic', 'paren-arabic', 'circled', 'paren-cn', 'chapter', 'section', 'article'].includes(c.family)) return false;
  }
  const same = [...stack].reverse().find((o) => o.c.family === c.family);
  if (same) {
    // a sibling of an open node: numbering must go on by one; a deeper open list may close
    return c.ordinal === same.c.ordinal + 1;
  }
  const top = stack[stack.length - 1];
  if (top && top.rank >= rank) return false;
  const prev = last.get(c.family) ?? 0;
  if (c.ordinal === 1) return true;
  // numbering that runs on across sections (items 1–13 under （一）（二）（三）)
  return c.ordinal === prev + 1;
}

function nest(accepted: Candidate[], to: number, rankOf: (c: Candidate) => number, annexOffsets: number[], stops: number[]): RawNode[] {
  const roots: RawNode[] = [];
  const stack: { node: RawNode; rank: number }[] = [];
  const annexes = [...annexOffsets];
  for (let i = 0; i < accepted.length; i++) {
    const c = accepted[i];
    while (annexes.length && annexes[0] <= c.start) {
      annexes.shift();
      stack.length = 0;
    }
    const rank = rankOf(c);
    // a node's text never runs into the next annex (whose table or text may hold no items)
    const nextStart = i + 1 < accepted.length ? accepted[i + 1].start : to;
    let ownEnd = annexes.length && annexes[0] < nextStart ? annexes[0] : nextStart;
    for (const st of stops) if (st > c.start && st < ownEnd) ownEnd = st;
    const node: RawNode = { marker: c, ownEnd, end: ownEnd, children: [] };
    while (stack.length && stack[stack.length - 1].rank >= rank) stack.pop();
    if (stack.length) stack[stack.length - 1].node.children.push(node);
    else roots.push(node);
    for (const s of stack) s.node.end = ownEnd;
    stack.push({ node, rank });
  }
  return roots;
}

/** 一是/二是 enumerations become children of a leaf whose text holds them (and has no other numbering). */
function addEnumerations(text: string, nodes: RawNode[]): void {
  for (const n of nodes) {
    if (n.row) continue; // a list inside a table cell is cell text
    if (n.children.length) {
      addEnumerations(text, n.children);
      continue;
    }
    const run = scanEnumerations(text, n.marker.end, n.ownEnd);
    if (!run.length) continue;
    const end = n.ownEnd;
    n.ownEnd = run[0].start;
    n.children = run.map((c, i) => {
      const e = i + 1 < run.length ? run[i + 1].start : end;
      return { marker: c, ownEnd: e, end: e, children: [] };
    });
  }
}
