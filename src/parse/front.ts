/**
 * Front and back matter: a 通知 cover letter before the plan, the plan's own title line, and the issuing
 * office's signature after it. None of these is part of the outline (ANNOTATION.md, "Outline").
 */
import { toSimplified } from '../text/chars.js';
import { splitLines, type Line } from '../text/lines.js';
import { LINE_MARKER } from '../text/clean.js';
import { toAsciiDigits } from '../text/numerals.js';
import { isOrg } from '../extract/orgs.js';

export interface FrontMatter {
  /** Clean offset where the plan body (preamble and outline) starts. */
  bodyStart: number;
  /** Clean offset where it ends (before a closing signature). */
  bodyEnd: number;
  title: string | null;
  /** Clean offsets of the title text. */
  titleRange: [number, number] | null;
  /** Clean offsets of the cover letter, when there is one. */
  cover: [number, number] | null;
  /** Clean offsets of annex headers (附件, 附件1) after the outline began: each annex is a part of its own. */
  annexes: number[];
  /** Clean ranges of 附件：1.… lists of annex titles, which hold no items. */
  annexLists: [number, number][];
  /** Clean offsets where a signature block stands before an annex: no item's text runs into it. */
  signatures: number[];
}

const COVER = /(?:印发|下发|转发|印送|发)给(?:你们|您们|各)|现予以?印发|现印发|现将.{0,80}(?:印发|下发|转发)/;
/** A signing date on a line of its own, also as damaged extraction leaves it (2023626, { 2017 6 23). */
export const DATE_LINE =
  /^[\s\u3000]*[{（(]?\s*(?:(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}(?:\s*[.\-/]\s*|\s+)?\d{1,2}(?:\s*[.\-/]\s*|\s+)?\d{1,2})\s*[}）)]?[\s\u3000]*$/;
/** A note in brackets that a portal or the issuing office adds: （此件公开发布）, （联系人：…）. */
const NOTE = (longest: string) => String.raw`[（(](?:此件|联系)[^）)]${longest}[）)]`;
/** Such a note right after a flattened cover letter's signing date. */
const NOTE_AT_START = new RegExp(String.raw`^[\s\u3000]*${NOTE('{0,30}')}`);
const FURNITURE = new RegExp(
  String.raw`^[\s\u3000]*(?:${NOTE('*')}|特此通知|\|.*\||来源[:：]|索\s*引\s*号|发\s*布\s*(?:日\s*期|时\s*间|机\s*构)|文\s*号|分\s*类|主题(?:分类|词)|成\s*文\s*日\s*期|生\s*成\s*日\s*期|名\s*称\s*[:：]\s*\||附件[:：]?\s*$)`,
);
/** The longest line that can be page furniture: a longer one is text flattened onto one line (no line breaks). */
const FURNITURE_MAX = 200;

/** A line of page furniture (来源, 索引号, 此件公开发布 …), never a whole flattened document that starts with one. */
function isFurniture(line: string): boolean {
  return line.length < FURNITURE_MAX && FURNITURE.test(toSimplified(line));
}

/** Lines a document-sharing site puts above the text. */
const SITE_FURNITURE = /由会员分享|在线阅读|珍藏版|文库|\.(?:docx?|pdf|wps)\b/i;
/** Where a cover letter's title names the document it sends: 关于印发《 / 关于转发 (simplified text). */
const SENDS = /关于(?:印发|转发)《?/;
/** How a plan title ends: its document type, optionally a parenthetical such as （2018—2020年） or (暂行). */
const TITLE_RE =
  /^[\s\u3000]*(?![为根按以对在])([^。，,；;：:！？!?\n]{2,80}?(?:工作方案|实施方案|方案|工作要点|要点|工作计划|行动计划|计划|实施意见|意见|管理办法|实施办法|办法|应急预案|预案|通知|规定|实施细则|细则|规划|纲要|工作安排|清单|决定|规则))(\s*[（(][^）)\n]{1,20}[）)])?/;
const TITLE_END = /(?:工作方案|方案|若干政策|若干措施|政策措施|要点|计划|意见|办法|预案|通知|规定|细则|规划|纲要|安排|清单|决定|规则)(?:\s*[（(][^）)\n]{1,20}[）)])?\s*$/;
/** A line that opens the outline: a numbered item (also 1、 before a digit), or a zero-padded 01 alone on its line. */
function opensOutline(line: string): boolean {
  return LINE_MARKER.test(line) || /^[\s\u3000]*(?:\d{1,2}[.．、]|0\d\s*$)/.test(line);
}

/** Finds the cover letter, the plan title and the closing signature in clean text. */
export function frontMatter(text: string, lines: Line[] = splitLines(text)): FrontMatter {
  const ls = lines;
  let first = 0;
  let cover: [number, number] | null = null;
  /** Where the plan starts inside the cover letter's line, when that line holds the whole text. */
  let flatStart: number | null = null;

  // a cover letter: 现印发给你们 near the top, closed by the issuing date on a line of its own
  const coverLine = ls.findIndex((l, i) => i < 60 && COVER.test(toSimplified(l.text)));
  if (coverLine >= 0) {
    // the plan the letter sends (现将《X》印发给你们): a later line that is X is the plan's own title line
    const sent = /《([^》]{4,80})》/.exec(toSimplified(ls[coverLine].text))?.[1];
    for (let i = coverLine + 1; i < Math.min(ls.length, coverLine + 60); i++) {
      if (DATE_LINE.test(ls[i].text)) {
        first = i + 1;
        cover = [0, ls[i].end];
        break;
      }
      // a letter with no signing date ends where the plan it sends begins
      if (sent && squash(toSimplified(ls[i].text)).startsWith(squash(sent)) && ls[i].text.trim().length <= sent.length + 20) {
        first = i;
        cover = [0, ls[i - 1].end];
        break;
      }
      if (opensOutline(ls[i].text) && i > coverLine + 25) break;
    }
    // a letter whose line breaks were lost: its signing date inside the line (…办公室2023年1月3日2023年区…方案)
    if (!cover) flatStart = signedInLine(ls[coverLine]);
    if (flatStart !== null) cover = [0, flatStart];
  }
  while (first < ls.length && (!ls[first].text.trim() || isFurniture(ls[first].text))) first++;

  // the title: the first line (or block of short lines) before the outline that reads as one
  let title: string | null = null;
  let titleRange: [number, number] | null = null;
  let bodyStart = first < ls.length ? ls[first].start : text.length;
  const nextLine = (i: number, within: number) => {
    for (let k = i + 1; k < Math.min(ls.length, i + 1 + within); k++) if (ls[k].text.trim()) return k;
    return -1;
  };
  if (flatStart !== null) {
    bodyStart = flatStart;
    const l = ls.find((x) => x.start <= flatStart! && flatStart! <= x.end)!;
    // after the date, page furniture such as (此件公开发布) before the plan's title
    const at = flatStart + (NOTE_AT_START.exec(toSimplified(text.slice(flatStart, l.end)))?.[0].length ?? 0);
    const m = TITLE_RE.exec(toSimplified(text.slice(at, l.end)));
    if (m) {
      const lead = m[0].length - m[0].trimStart().length;
      titleRange = [at + lead, at + m[0].length];
      title = squash(text.slice(...titleRange));
      bodyStart = titleRange[1];
    }
  }
  for (let i = first; flatStart === null && i < Math.min(ls.length, first + 8); i++) {
    const l = ls[i];
    if (!l.text.trim() || isFurniture(l.text) || (l.text.length < FURNITURE_MAX && SITE_FURNITURE.test(toSimplified(l.text)))) continue;
    if (opensOutline(l.text)) break;
    const t = l.text.trim();
    if (!PROSE.test(toSimplified(t)) && t.length <= 100) {
      // a title may run over a few short lines: 静安区…品牌 / 加快建设…行动计划 / (2018—2020年)
      let acc = t;
      let k = i;
      while (!TITLE_END.test(toSimplified(squash(acc)))) {
        const n = nextLine(k, 2);
        if (n < 0 || n - i > 4) break;
        const nt = ls[n].text.trim();
        if (PROSE.test(toSimplified(nt)) || nt.length > 60 || opensOutline(ls[n].text)) break;
        acc += nt;
        k = n;
      }
      if (TITLE_END.test(toSimplified(squash(acc)))) {
        const n = nextLine(k, 3);
        if (n >= 0 && /^[（(][^）)]{1,20}[）)]$/.test(ls[n].text.trim())) {
          acc += ls[n].text.trim();
          k = n;
        }
        title = squash(acc);
        titleRange = [l.start + (l.text.length - l.text.trimStart().length), ls[k].end];
        bodyStart = ls[k].end;
        break;
      }
    }
    const m = TITLE_RE.exec(toSimplified(l.text)); // same length: offsets hold for the original
    if (m && !/^[\s\u3000]*《[^》]*$/.test(m[1])) {
      const lead = m[0].length - m[0].trimStart().length;
      // a cover letter's title running into the text (…关于印发X的通知, its line breaks lost): the plan is X
      const sent = SENDS.exec(m[0]);
      const s = l.start + (sent ? sent.index + sent[0].length : lead);
      // a name the letter quotes (关于印发《X》) runs to its closing 》, past a document word inside it (…计划实施方案)
      const close = sent?.[0].endsWith('《') ? toSimplified(l.text).indexOf('》', sent.index + sent[0].length) : -1;
      const e = close > 0 && close - (s - l.start) <= 80 ? l.start + close : l.start + m[0].length - (sent && /》$/.test(m[0]) ? 1 : 0);
      title = squash(text.slice(s, e));
      titleRange = [s, e];
      bodyStart = e;
      break;
    }
    // prose before the outline: the plan has no title line of its own
    if (PROSE.test(toSimplified(t))) break;
  }

  const bodyEnd = signatureStart(text, ls);
  const annexes = annexStarts(ls, bodyStart, bodyEnd);
  // the plan signed before its annexes: the signature is no item's text
  const lineAt = new Map(ls.map((l, i) => [l.start, i]));
  const signatures = annexes.map((a) => signatureBefore(ls, lineAt.get(a) ?? 0)).filter((s) => s >= 0);
  return { bodyStart, bodyEnd, title, titleRange, cover, annexes, annexLists: annexLists(ls), signatures };
}

/**
 * The end of a signing date inside a long line (a cover letter flattened with its plan): a full date
 * right after the name of the body that signs, and then no word that makes it part of a sentence
 * (于2023年1月15日前 is a deadline). Null when the line has none.
 */
function signedInLine(l: Line): number | null {
  if (l.text.length < 300) return null;
  const t = toAsciiDigits(toSimplified(l.text));
  const from = COVER.exec(t);
  if (!from) return null;
  const date = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?![前后内起至到止以之，,、。；;的])/g;
  date.lastIndex = from.index;
  for (let m = date.exec(t); m && m.index - from.index < 3000; m = date.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 20), m.index);
    // the body that signs, or the letter's closing formula (特此通知。)
    let named = /特此(?:通知|函告|批复)[。.]?\s*$/.test(before);
    for (let k = 2; k <= before.length && !named; k++) named = isOrg(before.slice(before.length - k));
    if (named) return l.start + m.index + m[0].length;
  }
  return null;
}

/** Collapses white space inside a title: none between two ideographs (工作 方 案), one elsewhere. */
function squash(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '')
    .trim();
}

/** A line of running text, not a title. */
const PROSE = /[。，,；;！？!?]/;

/** An annex header (附件, 附件1, 附件：…) after the outline began starts a document of its own. */
const ANNEX = /^[\s\u3000]*附\s*件\s*[0-9一二三四五六七八九十]*\s*(?:[:：].*)?$/;
/** 附件：1.… 2.… at the end of the plan lists the annexes' titles; it holds no items. */
const ANNEX_LIST = /^[\s\u3000]*附\s*件\s*[:：]\s*\S/;

function annexStarts(ls: Line[], bodyStart: number, bodyEnd: number): number[] {
  const out: number[] = [];
  let seenOutline = false;
  for (const l of ls) {
    if (l.end <= bodyStart || l.start >= bodyEnd) continue;
    if (opensOutline(l.text)) seenOutline = true;
    else if (seenOutline) {
      const t = toSimplified(l.text);
      if (ANNEX.test(t) && !ANNEX_LIST.test(t)) out.push(l.start);
    }
  }
  return out;
}

/** Ranges of 附件：1.… 2.… lists, the line with 附件： and the numbered lines right under it. */
function annexLists(ls: Line[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < ls.length; i++) {
    if (!ANNEX_LIST.test(toSimplified(ls[i].text))) continue;
    let k = i;
    while (k + 1 < ls.length && /^[\s\u3000]*\d{1,2}\s*[.．、]/.test(ls[k + 1].text)) k++;
    out.push([ls[i].start, ls[k].end]);
  }
  return out;
}

/** Offset where a closing signature (office, date, 此件公开发布) starts, or the text length. */
function signatureStart(text: string, ls: Line[]): number {
  const s = signatureBefore(ls, ls.length);
  return s < 0 ? text.length : s;
}

/**
 * Offset where a signature block (the issuing office and the signing date, 此件公开发布 after them) ends
 * just before line `before` starts, or -1: at the end of the text, or before an annex.
 */
function signatureBefore(ls: Line[], before: number): number {
  let i = before - 1;
  let seen = 0;
  let dateAt = -1;
  while (i >= 0 && seen < 6) {
    const t = ls[i].text.trim();
    if (!t) {
      i--;
      continue;
    }
    seen++;
    if (DATE_LINE.test(ls[i].text)) {
      dateAt = i;
      break;
    }
    if (!isFurniture(ls[i].text)) break;
    i--;
  }
  if (dateAt < 0) return -1;
  // the signing office(s) stand on the short lines right above the date
  let s = dateAt;
  for (let k = dateAt - 1; k >= Math.max(0, dateAt - 3); k--) {
    const t = ls[k].text.trim();
    if (!t) continue;
    if (t.length <= 40 && !/[。，,；;：:]/.test(t) && /(?:办公厅|办公室|政府|委员会|委|局|厅|部|党委|党组|中心|小组|院|会|室|镇|乡|街道)$/.test(toSimplified(t).replace(/\s+/g, ' ').split(' ').pop() ?? '')) {
      s = k;
    } else break;
  }
  return ls[s].start;
}
