/**
 * The clean view of a plan text: page numbers left by PDF extraction removed and lines broken inside a
 * sentence joined, with a map from every clean offset back to the original offset so that positions
 * always point into what the user wrote.
 */
import { HAN } from './chars.js';
import { splitLines, type Line } from './lines.js';

export interface CleanText {
  /** The text the parser reads. */
  text: string;
  /**
   * Where the kept runs of the original stand: for run k, `runs[2k]` is its first clean offset and
   * `runs[2k + 1]` its first original offset (a run is as long as the gap to the next one). Offsets are
   * mapped through it with toOriginal, toOriginalEnd and toClean (a table of one entry per run, not per
   * character: four bytes a character was the largest single array of a large plan).
   */
  runs: Int32Array;
  /** The length of the original text. */
  originalLength: number;
  /** Original offsets of page numbers that were removed (for diagnostics). */
  pageNumbers: number[];
  /** Original offsets of line breaks inside a sentence that were joined (for diagnostics). */
  softBreaks?: number[];
}

/** Starts of a line that opens a numbered item; such lines are never joined to the line above. */
export const LINE_MARKER =
  /^[\s\u3000]*(?:第[一二三四五六七八九十百零〇]+[章节条節條]|[一二三四五六七八九十]+[、．.]|[（(〔［【][一二三四五六七八九十\d]+[）)〕］】]|\d+(?:\.\d+)*\s*[.．、﹒]?\s*(?![年月日号个项次名人家所条元万亿倍天周批类种部])[\u4e00-\u9fff]|\d{1,2}\s*[.．、﹒]\s*\d{1,2}\s*[月日]|[①-⑳]|[一二三四五六七八九十][是要])/;

const CLAUSE_END = /[。！？!?；;：:]$/;
const PAGE_AT_START = /^[ \t\u3000]*(\d{1,3})、[ \t\u3000]*/;
/** A page number inside a line: `N、` between two parts of one sentence (not after a sentence's end or a number). */
const PAGE_IN_LINE = /(?<![\d.．。；;：:！？!?\s])(\d{1,3})、[ \t\u3000]*(?=[\u4e00-\u9fff“"（(])/g;
/** The fewest characters a page of a plan holds (a first page with its title block included). */
const MIN_PAGE = 200;
/** What follows a number that counts something: a unit, a magnitude or a measure word. */
const QUANTITY_NEXT = /[万亿千百十个人家年月日号次项名元倍余多所户件批类种条座只台辆吨亩米天周期届级位]/;

/**
 * Builds the clean view of `original`. `hidden` marks characters that are not text at all (Markdown
 * syntax): they are left out of the view but still count for positions.
 */
export function cleanText(original: string, hidden?: Uint8Array): CleanText {
  const drop = hidden ? Uint8Array.from(hidden) : new Uint8Array(original.length);
  // one character for one, so offsets hold: a lone CR (old Mac files) ends a line like LF does
  // and a zero-width character (copied from web pages) reads as a space, which it is dropped from the view as
  const view = original.replace(/\r(?!\n)/g, '\n').replace(/[\u200b-\u200d\u2060\ufeff]/g, ' ');
  const lines = splitLines(hidden ? maskHidden(view, hidden) : view);
  // the CR of a CRLF (a lone CR is a line end in the view), and zero-width characters (U+200B–U+200D, U+2060, U+FEFF)
  for (const m of original.matchAll(/\r(?=\n)|[\u200b-\u200d\u2060\ufeff]/g)) drop[m.index] = 1;

  const pageNumbers = markPageNumbers(lines, drop);
  const softBreaks = markSoftBreaks(lines, drop);

  // the kept runs, joined once (no string built a character at a time)
  const parts: string[] = [];
  const runs: number[] = [];
  let j = 0;
  for (let i = drop.indexOf(0); i >= 0 && i < view.length; ) {
    let e = drop.indexOf(1, i);
    if (e < 0 || e > view.length) e = view.length;
    runs.push(j, i);
    parts.push(view.slice(i, e));
    j += e - i;
    i = drop.indexOf(0, e);
  }
  return { text: parts.join(''), runs: Int32Array.from(runs), originalLength: view.length, pageNumbers, softBreaks };
}

/** The identity view of `text` (nothing left out). */
export function identityView(text: string): CleanText {
  return { text, runs: Int32Array.of(0, 0), originalLength: text.length, pageNumbers: [] };
}

/** The run holding clean offset `offset` (the last run starting at or before it). */
function runAt(clean: CleanText, offset: number): number {
  const r = clean.runs;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[2 * mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Page numbers of a PDF flattened to text stand at line starts (`2、` continuing a sentence), at the end
 * of a line inside a word, or inside a line whose breaks were lost, and run 1, 2, 3… through the
 * document. A run counts when every number after the first breaks a sentence; numbers after a short line
 * or inside a line count only in a run of three or more, each a page from the one before.
 */
function markPageNumbers(lines: Line[], drop: Uint8Array): number[] {
  type Cand = { line: number; n: number; at: 'start' | 'end' | 'mid'; from: number; to: number; weak?: true };
  const cands: Cand[] = [];
  const weak: Cand[] = [];
  let prevNonEmpty = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.text.trim()) continue;
    const m = PAGE_AT_START.exec(l.text);
    if (m) {
      // a page of flattened text ends mid-sentence on a long line; a short heading line does not count
      const prevText = prevNonEmpty >= 0 ? lines[prevNonEmpty].text.trim() : '';
      const midSentence = prevText.length >= 60 && !CLAUSE_END.test(prevText);
      const adjacent = prevNonEmpty === i - 1;
      if (prevNonEmpty < 0 || (midSentence && adjacent) || Number(m[1]) === 1) {
        // the break before the number goes too, so the sentence joins up again
        const from = midSentence && adjacent ? lines[prevNonEmpty].end : l.start;
        cands.push({ line: i, n: Number(m[1]), at: 'start', from, to: l.start + m[0].length });
      } else if (prevText && !CLAUSE_END.test(prevText)) {
        // a page that ends on a short line (a line wrapped by the PDF, a heading cut in two: 三、试点 /
        // 2、任务): a page number only in a run of them a page apart (see below)
        weak.push({ line: i, n: Number(m[1]), at: 'start', from: adjacent ? lines[prevNonEmpty].end : l.start, to: l.start + m[0].length, weak: true });
      }
    }
    const e = pageAtEnd(l.text);
    const next = lines[i + 1];
    // a number ending a long line inside a word (公平公1\n开); a short line (附件1) is a heading
    // but a number the next line counts on (不少于1 / 万人) is a quantity
    const nextFirst = next?.text.trimStart()[0] ?? '';
    if (e && next && l.text.trim().length >= 20 && HAN.test(nextFirst) && !QUANTITY_NEXT.test(nextFirst) && !LINE_MARKER.test(next.text)) {
      cands.push({ line: i, n: e.n, at: 'end', from: l.start + e.index, to: next.start });
    }
    // text flattened with its line breaks lost keeps its page numbers inside the line (…服务能力、2、基层治理…):
    // there a number counts only where it breaks a sentence and stands a page's length from the one before
    if (l.text.length >= MIN_PAGE * 2) {
      for (const m of l.text.matchAll(PAGE_IN_LINE)) {
        const at = l.start + m.index;
        if (at > l.start) cands.push({ line: i, n: Number(m[1]), at: 'mid', from: at, to: at + m[0].length });
      }
    }
    prevNonEmpty = i;
  }
  // longest run 1, 2, 3, … in document order
  const all = [...cands, ...weak].sort((a, b) => a.from - b.from);
  const run: Cand[] = [];
  for (const c of all) {
    const last = run[run.length - 1];
    const expected = last ? last.n + 1 : 1;
    if (c.n !== expected) continue;
    if (c.weak && (!last || c.from - last.to < MIN_PAGE)) continue;
    if (!c.weak && expected > 1 && c.at === 'start' && !isMidSentence(lines, c.line)) continue;
    if (c.at === 'mid' && (expected === 1 || c.from - last.to < MIN_PAGE)) continue;
    run.push(c);
  }
  // a page that ends on a short line counts only in a run of three pages or more, each a page apart
  const firstWeak = run.findIndex((c) => c.weak);
  if (firstWeak >= 0 && run.length < 3) run.length = firstWeak;
  // numbers inside a line count as pages only in a run of three or more (1、 and one 2、 may be an item and a list)
  const firstMid = run.findIndex((c) => c.at === 'mid');
  if (firstMid >= 0 && run.length < 3) run.length = firstMid;
  // a lone "1、" is an item, not a page number, unless it ends a line inside a word
  if (run.length === 1 && run[0].at === 'start') return [];
  const out: number[] = [];
  for (const c of run) {
    for (let k = c.from; k < c.to; k++) drop[k] = 1;
    out.push(c.at === 'start' ? lines[c.line].start : c.from);
  }
  return out;
}

/**
 * A number of one to three digits ending `line` right after an ideograph (…公平公1), as
 * /(?<=[\u4e00-\u9fff])(\d{1,3})$/ finds it, but read back from the line's end rather than tried at each
 * of its characters.
 */
function pageAtEnd(line: string): { index: number; n: number } | null {
  let k = line.length;
  while (k > 0 && line.charCodeAt(k - 1) >= 0x30 && line.charCodeAt(k - 1) <= 0x39) k--;
  const digits = line.length - k;
  if (digits < 1 || digits > 3 || k === 0) return null;
  const before = line.charCodeAt(k - 1);
  return before >= 0x4e00 && before <= 0x9fff ? { index: k, n: Number(line.slice(k)) } : null;
}

function isMidSentence(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = lines[k].text.trim();
    if (!t) return false; // a blank line ends the paragraph
    return t.length >= 60 && !CLAUSE_END.test(t);
  }
  return false;
}

/**
 * A line wrapped inside a sentence (`工作结\n果运用`) is joined to the next one. Only prose lines
 * are joined: a heading line (a marker and no full stop) keeps its line end, which ends its title.
 */
function markSoftBreaks(lines: Line[], drop: Uint8Array): number[] {
  const joined: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i];
    const next = lines[i + 1];
    if (drop[next.start - 1]) continue; // already joined by a page-number removal
    const t = cur.text.trim();
    const n = next.text.trim();
    if (!t || !n) continue;
    if (t.length < 15) continue;
    // a table row written on one line (tabs or pipes between its cells) ends with its line
    if (/\t|^\|/.test(t) || /\t|^\|/.test(n)) continue;
    const last = t[t.length - 1];
    if (!HAN.test(last) && !/[A-Za-z0-9“‘"（(《]/.test(last)) continue;
    if (LINE_MARKER.test(next.text)) continue;
    if (!/[。；;，,]/.test(t)) continue;
    if (LINE_MARKER.test(cur.text) && !/[。；;]/.test(t)) continue;
    // a flattened line that ends with a heading (…制定本方案。一、总体要求) keeps its line end too
    const lastSentence = t.slice(Math.max(t.lastIndexOf('。'), t.lastIndexOf('；'), t.lastIndexOf(';')) + 1);
    if (lastSentence !== t && LINE_MARKER.test(lastSentence)) continue;
    // drop the line break (and a \r before it); keep everything else
    for (let k = cur.end; k < next.start; k++) drop[k] = 1;
    joined.push(cur.end);
  }
  return joined;
}

/** `original` with hidden characters blanked (same length), so line logic sees only the text. */
function maskHidden(original: string, hidden: Uint8Array): string {
  const out = new Array<string>(original.length);
  for (let i = 0; i < original.length; i++) out[i] = hidden[i] && original[i] !== '\n' ? ' ' : original[i];
  return out.join('');
}

/** Original offset of a clean offset (the original length for the end of the text). */
export function toOriginal(clean: CleanText, offset: number): number {
  if (offset >= clean.text.length) return clean.originalLength;
  const o = Math.max(0, offset);
  const k = runAt(clean, o);
  return clean.runs[2 * k + 1] + (o - clean.runs[2 * k]);
}

/** Original end offset (exclusive) for a clean end offset. */
export function toOriginalEnd(clean: CleanText, end: number): number {
  if (end <= 0) return toOriginal(clean, 0);
  return toOriginal(clean, Math.min(end, clean.text.length) - 1) + 1;
}

/** The clean offset of an original one: the first clean character at or after it (the text's end past the last). */
export function toClean(clean: CleanText, original: number): number {
  const r = clean.runs;
  const runs = clean.text.length ? r.length / 2 : 0;
  // the first run that ends after `original`
  let lo = 0;
  let hi = runs;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const len = (mid + 1 < runs ? r[2 * mid + 2] : clean.text.length) - r[2 * mid];
    if (r[2 * mid + 1] + len <= original) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= runs) return clean.text.length;
  return r[2 * lo] + Math.max(0, original - r[2 * lo + 1]);
}
