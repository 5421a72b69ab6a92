/** Recognises outline markers in clean text. A pure scan: deciding which candidates are real is outline.ts's job. */
import type { MarkerFamily } from '../types.js';
import { parseChineseNumber, parseCircled, toAsciiDigits } from '../text/numerals.js';
import { isLineSpace } from '../text/chars.js';

export interface Candidate {
  /** Offset of the marker's first character in the clean text. */
  start: number;
  /** Offset just past the marker. */
  end: number;
  raw: string;
  family: MarkerFamily;
  ordinal: number;
  path?: number[];
  /** Only white space stands between the line start and the marker. */
  lineStart: boolean;
  /** The nearest non-space character before the marker ('' at the text start). */
  before: string;
  /** A bare number with no separator (`2完善` where OCR lost the dot): real only if the next item follows it. */
  weak?: boolean;
  /** 一是/二是 opening lines of a document with no 一、 headings: they are its top-level headings. */
  topLevel?: boolean;
}

/** Rank on the standard ladder: a marker of higher rank is nested inside one of lower rank. */
export const RANK: Record<MarkerFamily, number> = {
  chapter: 0,
  section: 1,
  article: 2,
  cn: 3,
  'paren-cn': 4,
  arabic: 5,
  'paren-arabic': 6,
  circled: 7,
  decimal: 3,
  enum: 8,
  row: 3,
};

/** Rank of a candidate; decimal outlines nest by their count of numbers. */
export function rankOf(c: { family: MarkerFamily; path?: number[]; topLevel?: boolean }): number {
  if (c.family === 'decimal') return RANK.decimal + ((c.path?.length ?? 1) - 1) * 0.1;
  if (c.topLevel) return RANK.cn;
  return RANK[c.family];
}

const CN = '一二三四五六七八九十';
const P_CHAPTER = /第([一二三四五六七八九十百零〇]{1,4})([章节条節條])/y;
const P_PAREN_CN = new RegExp(`[（(〔［【]\\s?([${CN}]{1,3})\\s?[）)〕］】]`, 'y');
const P_PAREN_AR = /[（(]\s?(\d{1,2})\s?[）)]/y;
const P_CIRCLED = /[①-⑳]/y;
const P_CN = new RegExp(`([${CN}]{1,3})\\s?[、．.]`, 'y');
// a digit after the separator makes a decimal (1.5) or a count (1、2次), unless it opens a year (3．2020年底前)
// (nor a month or a day right after the marker: 2.10月底前 is item 2, by 10月底)
const P_ARABIC = /(\d{1,2})( ?)[.．、﹒](?![.．])(?!\d(?!\d{3}\s*年|\d?\s*[月日]))/y;
const P_DECIMAL = /(\d{1,2}(?:\.\d{1,2}){1,4})(?=[ \t\u3000]*[^\d.\s月日号%％])/y;
const P_BARE = /(\d{1,2})(?=[\u4e00-\u9fff])/y;
const P_ZERO_PADDED = /0([1-9])[ \t\u3000]*(?=\n)/y;
const P_ENUM_HEADING = /([一二三四五六七八九十])是/y;
/** In a decimal outline, a chapter number may stand apart from its title: `8  附则`. */
const P_BARE_SPACED = /(\d{1,2})[ \t\u3000]+(?=[\u4e00-\u9fff])/y;
/** Characters after which a bare number is not an outline number (units, dates, counts). */
const BARE_UNIT = /^[年月日号个项次名人家所条元万亿倍天周批类种部章节期届级小分秒米亩吨户件]/;

/** Opening brackets of 一/1 in brackets, and the Chinese digits 一…十, by character code. */
const OPENING = new Uint8Array(65536);
for (const ch of '（(〔［【') OPENING[ch.charCodeAt(0)] = 1;
const CN_DIGIT = new Uint8Array(65536);
for (const ch of CN) CN_DIGIT[ch.charCodeAt(0)] = 1;

/** Characters a marker can open with (in the ASCII-digit view): 第, brackets, ①–⑳, 一…十, digits. */
const MAY_START = new Uint8Array(65536);
for (const ch of '第（(〔［【' + CN) MAY_START[ch.charCodeAt(0)] = 1;
for (let c = 0x2460; c <= 0x2473; c++) MAY_START[c] = 1;
for (let c = 48; c <= 57; c++) MAY_START[c] = 1;

/** Scans `text` between `from` and `to` for every marker candidate, in order. */
export function scanMarkers(text: string, from: number, to: number): Candidate[] {
  const ascii = toAsciiDigits(text);
  const decimalDoc = hasDecimalOutline(ascii, from, to);
  const body = text.slice(from, to);
  // 一是/二是 at line starts stand for 一、 in a plan written without 一、 headings
  const enumHeadings = !/(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]+[、．.]/.test(body) && (body.match(/(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]是/g) ?? []).length >= 2;
  const out: Candidate[] = [];
  let lineStart = true;
  // where the character before stands (a line end included, spaces not); -1 before the first
  // (an offset, not the character: a one-character string for every character read is garbage)
  let beforeAt = -1;
  for (let i = from; i < to; ) {
    const code = ascii.charCodeAt(i);
    if (code === 10) {
      lineStart = true;
      beforeAt = i;
      i++;
      continue;
    }
    if (isLineSpace(code)) {
      i++;
      continue;
    }
    if (!MAY_START[code]) {
      // most characters open no marker: skip the pattern tests
      beforeAt = i;
      lineStart = false;
      i++;
      continue;
    }
    const before = beforeAt < 0 ? '' : text[beforeAt];
    const c = matchAt(text, ascii, i, lineStart, before, decimalDoc) ?? (lineStart ? lineHeading(text, ascii, i, enumHeadings) : null);
    if (c && c.end <= to) {
      out.push(c);
      i = c.end;
      beforeAt = c.end - 1;
      lineStart = false;
      continue;
    }
    beforeAt = i;
    lineStart = false;
    i++;
  }
  return out;
}

/**
 * Headings that only open a line: a zero-padded chapter number alone on its line (`01` with its title on
 * the next), and 一是/二是 standing for 一、 in a plan without 一、 headings.
 */
function lineHeading(text: string, ascii: string, i: number, enumHeadings: boolean): Candidate | null {
  const base = { start: i, lineStart: true, before: '\n' };
  let m: RegExpExecArray | null;
  if ((m = exec(P_ZERO_PADDED, ascii, i))) {
    return { ...base, end: i + m[0].length, raw: text.slice(i, i + 2), family: 'cn', ordinal: Number(m[1]) };
  }
  if (enumHeadings && (m = exec(P_ENUM_HEADING, text, i))) {
    return { ...base, end: i + 2, raw: m[0], family: 'enum', ordinal: parseChineseNumber(m[1]), topLevel: true };
  }
  return null;
}

function exec(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function matchAt(
  text: string,
  ascii: string,
  i: number,
  lineStart: boolean,
  before: string,
  decimalDoc: boolean,
): Candidate | null {
  // (the candidate's fields are written out at each match: most calls match nothing and allocate nothing)
  let m: RegExpExecArray | null;
  const code = ascii.charCodeAt(i);
  if (code === 0x7b2c /* 第 */ && (m = exec(P_CHAPTER, text, i))) {
    const family: MarkerFamily = m[2] === '章' ? 'chapter' : m[2] === '节' || m[2] === '節' ? 'section' : 'article';
    // 第一章 inside a sentence (《条例》第一章规定) is a reference: mid-line, it must be followed by its next
    const weak = !lineStart && !/[。；;：:！？!?\s]/.test(before || '\n');
    return { start: i, lineStart, before, end: i + m[0].length, raw: m[0], family, ordinal: parseChineseNumber(m[1]), ...(weak ? { weak } : {}) };
  }
  if (OPENING[code]) {
    if ((m = exec(P_PAREN_CN, text, i))) {
      return { start: i, lineStart, before, end: i + m[0].length, raw: m[0], family: 'paren-cn', ordinal: parseChineseNumber(m[1]) };
    }
    if ((m = exec(P_PAREN_AR, ascii, i))) {
      return { start: i, lineStart, before, end: i + m[0].length, raw: text.slice(i, i + m[0].length), family: 'paren-arabic', ordinal: Number(m[1]) };
    }
    return null;
  }
  if (code >= 0x2460 && code <= 0x2473 && (m = exec(P_CIRCLED, text, i))) {
    return { start: i, lineStart, before, end: i + 1, raw: m[0], family: 'circled', ordinal: parseCircled(m[0]) };
  }
  if (CN_DIGIT[code]) {
    // part of a longer word or number (三会一课, 十一五) is not a marker
    if (/[一二三四五六七八九十百千万零〇第]/.test(before) && !lineStart) return null;
    if ((m = exec(P_CN, text, i))) {
      const ordinal = parseChineseNumber(m[1]);
      if (ordinal > 0) return { start: i, lineStart, before, end: i + m[0].length, raw: m[0], family: 'cn', ordinal };
    }
    return null;
  }
  if (code >= 48 && code <= 57) {
    if (/[\d.．]/.test(toAsciiDigits(before))) return null;
    if (/[A-Za-z]/.test(before)) return null;
    if (lineStart && (m = exec(P_DECIMAL, ascii, i))) {
      const path = m[1].split('.').map(Number);
      return {
        start: i,
        lineStart,
        before,
        end: i + m[0].length,
        raw: text.slice(i, i + m[0].length),
        family: 'decimal',
        ordinal: path[path.length - 1],
        path,
      };
    }
    if ((m = exec(P_ARABIC, ascii, i))) {
      return { start: i, lineStart, before, end: i + m[0].length, raw: text.slice(i, i + m[0].length), family: 'arabic', ordinal: Number(m[1]) };
    }
    if (lineStart && decimalDoc && (m = exec(P_BARE_SPACED, ascii, i)) && !BARE_UNIT.test(text.slice(i + m[0].length, i + m[0].length + 1))) {
      return { start: i, lineStart, before, end: i + m[0].length, raw: m[1], family: 'decimal', ordinal: Number(m[1]), path: [Number(m[1])] };
    }
    if ((m = exec(P_BARE, ascii, i))) {
      const rest = text.slice(i + m[0].length, i + m[0].length + 2);
      if (BARE_UNIT.test(rest)) return null;
      if (lineStart && decimalDoc) {
        return { start: i, lineStart, before, end: i + m[0].length, raw: m[0], family: 'decimal', ordinal: Number(m[1]), path: [Number(m[1])] };
      }
      if (/[。；;]/.test(before)) {
        return { start: i, lineStart, before, end: i + m[0].length, raw: m[0], family: 'arabic', ordinal: Number(m[1]), weak: true };
      }
    }
  }
  return null;
}

/** A document uses decimal outlines when at least two lines open with `1.1`-style numbers. */
function hasDecimalOutline(ascii: string, from: number, to: number): boolean {
  const re = /(?:^|\n)[ \t\u3000]*\d{1,2}\.\d{1,2}(?=[ \t\u3000]*[^\d.\s])/g;
  re.lastIndex = from;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ascii)) && m.index < to) if (++n >= 2) return true;
  return false;
}

/** 一是/二是, 一要/二要 enumeration candidates in a node's own text. */
export function scanEnumerations(text: string, from: number, to: number): Candidate[] {
  // the node's own text only: a search that ran on past `to` would make the whole outline quadratic
  const re = /([一二三四五六七八九十])([是要])/g;
  const own = text.slice(0, to);
  re.lastIndex = from;
  const out: Candidate[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(own))) {
    let k = m.index - 1;
    while (k >= from && /[ \t\u3000]/.test(text[k])) k--;
    const before = k >= from ? text[k] : '';
    const lineStart = k < from || text[k] === '\n';
    if (!(lineStart || /[。；;：:，,”"」）)]/.test(before))) continue;
    out.push({
      start: m.index,
      end: m.index + 2,
      raw: m[0],
      family: 'enum',
      ordinal: parseChineseNumber(m[1]),
      lineStart,
      before,
    });
  }
  // keep one run 一, 二, 三 … of a single suffix
  const run: Candidate[] = [];
  for (const c of out) {
    const expected = run.length + 1;
    if (c.ordinal === expected && (run.length === 0 || run[0].raw[1] === c.raw[1])) run.push(c);
  }
  return run.length >= 2 ? run : [];
}
