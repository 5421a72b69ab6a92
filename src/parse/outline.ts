/** Decides which marker candidates open outline nodes and nests them on the standard ladder. */
import { rankOf, scanEnumerations, scanMarkers, type Candidate } from './markers.js';

export interface RawNode {
  marker: Candidate;
  /** Clean offset where the node's own text ends (its first child or the next node starts). */
  ownEnd: number;
  /** Clean offset where the node with all its children ends. */
  end: number;
  children: RawNode[];
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
}

/** Builds the outline of `text` between `from` and `to` (clean offsets). */
export function buildOutline(text: string, from: number, to: number, options: OutlineOptions = {}): RawNode[] {
  const skip = options.skip ?? [];
  const cands = scanMarkers(text, from, to).filter((c) => !skip.some(([a, b]) => c.start >= a && c.start < b));
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
  const roots = nest(accepted, to, rankOfHere, options.annexes ?? []);
  addEnumerations(text, roots);
  return roots;
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
  for (const [key, n] of votes) {
    const [parent, child] = key.split('>');
    if (n < 2 || votes.has(`${child}>${parent}`)) continue;
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
  const last = new Map<string, number>();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.weak) {
      const next = cands.slice(i + 1).find((d) => d.family === c.family && (!d.weak || c.family !== 'arabic'));
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

function nest(accepted: Candidate[], to: number, rankOf: (c: Candidate) => number, annexOffsets: number[]): RawNode[] {
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
    const ownEnd = i + 1 < accepted.length ? accepted[i + 1].start : to;
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
