/**
 * Chinese time expressions in plan text: deadlines (2023年底前, 5月底前, 三季度末, 年内, 2—3年内,
 * “十四五”期间 …) normalised to the last day they allow, told apart from starts (2019年起), history
 * (自2015年以来), names of things (2022年年度考核) and document numbers (〔2023〕12号).
 */
import { toSimplified } from '../text/chars.js';
import { parseAnyNumber, parseChineseDigits, toAsciiDigits } from '../text/numerals.js';

export type TimeRole = 'deadline' | 'start' | 'history' | 'name' | 'cadence' | 'docno';

export interface TimeExpr {
  /** The expression as written. */
  text: string;
  start: number;
  end: number;
  role: TimeRole;
  /** YYYY-MM-DD, the last day the expression allows; null when the year is unknown. */
  date: string | null;
  /** The first calendar year the expression names itself (not filled in from the plan). */
  explicitYear: number | null;
}

const Y4 = String.raw`(?:\d{4}|[〇零一二三四五六七八九]{4})`;
const MON = String.raw`(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])`;
const DAY = String.raw`(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])`;
const S = String.raw`[ \t\u3000]*`;
const SUFFIX = String.raw`(?:底前|底以前|末前|底|末|初|上旬|中旬|下旬|以前|之前|前|内)?`;

/** One point in time; named groups say which parts are present. */
const POINT = String.raw`(?:(?<y>${Y4})${S}年${S}|(?<rel>今年|明年|当年|次年)${S})?` +
  String.raw`(?:` +
  String.raw`(?<![\d一二三四五六七八九十〇零])(?<m>${MON})${S}月(?:份)?${S}(?:(?<d>${DAY})${S}[日号])?(?<msuf>${SUFFIX})` +
  String.raw`|(?<q>第?[一二三四1-4])${S}季度(?<qsuf>末前|末|底前|底|前)?` +
  String.raw`|(?<h>[上下])半年(?<hsuf>前|内|末)?` +
  String.raw`|(?<yp>年底|年末|年初(?!步)|年内(?!容)|年中(?![旬心央])|年终(?!考核|总结|评|测))(?<ysuf>以前|之前|前)?` +
  String.raw`|(?<=年${S})(?<yb>底|末|初(?!步)|内(?!容)|中(?![旬心央]))?(?<ybsuf>以前|之前|前)?` +
  String.raw`)`;

/** POINT without group names, for use twice in one expression. */
const POINT_ANON = POINT.replace(/\(\?<([a-z0-9]+)>/g, '(?:');

const RANGE_SEP = String.raw`${S}(?:至|到|—|–|－|-|~|～|——)${S}`;

const RE_YEAR_RANGE = new RegExp(String.raw`(?<a>${Y4})${S}(?:年${S})?(?:至|到|—|–|－|-|~|～|——)${S}(?<b>${Y4})${S}年`, 'g');
const RE_SPAN = new RegExp(
  String.raw`(?:(?<sy>${Y4})${S}年${S}起${S})?(?<![\d〇零一二三四五六七八九十两])(?<n1>\d{1,2}|[一二三四五六七八九十两])(?:${S}(?:—|–|－|-|~|～|至|到)${S}(?<n2>\d{1,2}|[一二三四五六七八九十]))?${S}年(?:以|之)?内`,
  'g',
);
/** 用3年时间, 利用3-5年时间, 经过5年努力: a span of years from the plan year (an approximate one, 5—10年左右时间, is an aim). */
const RE_SPAN_USE = new RegExp(
  String.raw`(?:利用|用|经过|通过|花)${S}(?<n1>\d{1,2}|[一二三四五六七八九十两])(?:${S}(?:—|–|－|-|~|～|至|到)${S}(?<n2>\d{1,2}|[一二三四五六七八九十]))?${S}年(?:的)?(?:时间|努力)`,
  'g',
);
const RE_FIVE = /[“"‘']?(十[一二三四五六七八九]五)[”"’']?(?:规划)?(?:期间|时期|末|内)/g;

/** A point, or a range of two, with an optional 到/截至 before it. */
const RE_POINTS = new RegExp(
  String.raw`(?<pre>到|至|于|截至|截止到?)?(?<p1>${POINT_ANON})(?:${RANGE_SEP}(?:(?<d2>${DAY})${S}[日号](?<d2suf>前)?|(?<p2>${POINT_ANON})))?`,
  'g',
);
const RE_POINT_AT_START = new RegExp(`^${POINT}`);
/** Characters that every time expression holds at least one of: a cheap test before the regexes. */
const TIME_CHAR = /[年月季期内內底]/;

interface Piece {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

/**
 * A time expression as the text alone gives it: where it is, what it is and the year it names are the
 * same whatever the plan's year, so one scan serves both finding that year and dating the deadlines.
 */
export interface ScannedTime extends Omit<TimeExpr, 'date'> {
  /** The last day the expression allows in a plan of `planYear` (null leaves a missing year missing). */
  dateFor(planYear: number | null): string | null;
}

/** Finds every time expression in `text`. `planYear` fills in missing years (null leaves dates null). */
export function findTimes(text: string, planYear: number | null): TimeExpr[] {
  return datedTimes(scanTimes(text), planYear);
}

/** The expressions of a scan, dated for a plan of `planYear`. */
export function datedTimes(scanned: ScannedTime[], planYear: number | null): TimeExpr[] {
  return scanned.map(({ dateFor, ...t }) => ({ ...t, date: dateFor(planYear) }));
}

/** Every time expression in `text`, in order, before any plan year is known. */
export function scanTimes(text: string): ScannedTime[] {
  if (!TIME_CHAR.test(text)) return [];
  const s = toAsciiDigits(toSimplified(text));
  const clauses = timeClauses(s);
  const out: ScannedTime[] = [];
  // the characters an expression already took (made on the first, as most texts have none)
  let taken: Uint8Array | null = null;
  const claim = (a: number, b: number) => {
    taken ??= new Uint8Array(s.length + 1);
    for (let i = a; i < b; i++) taken[i] = 1;
  };
  const free = (a: number, b: number) => {
    if (taken) for (let i = a; i < b; i++) if (taken[i]) return false;
    return true;
  };

  // “十四五”期间
  for (const m of s.matchAll(RE_FIVE)) {
    const n = parseAnyNumber(m[1].slice(0, -1)); // 十四 → 14
    if (!(n >= 3)) continue;
    const endYear = 1970 + 5 * (n - 3); // the 3rd plan ran 1966–1970, every later one five years
    out.push(expr(text, m.index, m.index + m[0].length, 'deadline', fixedDate(`${endYear}-12-31`), null));
    claim(m.index, m.index + m[0].length);
  }
  // 2011-2013年
  for (const m of matchesInClauses(s, clauses, RE_YEAR_RANGE, HAS_YEAR)) {
    const a = year(m.groups!.a), b = year(m.groups!.b);
    if (!a || !b || b < a || b - a > 30) continue;
    const role = roleAround(s, m.index, m.index + m[0].length);
    out.push(expr(text, m.index, m.index + m[0].length, role, fixedDate(`${b}-12-31`), a));
    claim(m.index, m.index + m[0].length);
  }
  // N年内 / 2—3年内 / 2012年起5年内
  for (const m of matchesInClauses(s, clauses, RE_SPAN, HAS_YEAR)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const g = m.groups!;
    const n = spanYears(g);
    if (!(n > 0 && n < 50)) continue;
    // 首年…、5年内关税减让显著的商品: a span inside a list of goods is no deadline
    const prev = s[m.index - 1] ?? '';
    if (!g.sy && /[、和及与或]/.test(prev)) {
      claim(m.index, m.index + m[0].length);
      continue;
    }
    const sy = g.sy ? year(g.sy) : null;
    out.push(expr(text, m.index, m.index + m[0].length, 'deadline', spanDate(!!g.sy, sy, n), sy));
    claim(m.index, m.index + m[0].length);
  }
  // 利用3-5年时间
  for (const m of matchesInClauses(s, clauses, RE_SPAN_USE, HAS_YEAR)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const g = m.groups!;
    const n = spanYears(g);
    if (!(n > 0 && n < 50)) continue;
    out.push(expr(text, m.index, m.index + m[0].length, 'deadline', spanDate(false, null, n), null));
    claim(m.index, m.index + m[0].length);
  }
  // points and ranges of points
  for (const m of matchesInClauses(s, clauses, RE_POINTS, HAS_POINT)) {
    if (!m[0] || !m.groups!.p1) continue;
    let start = m.index;
    const end = m.index + m[0].length;
    const p1 = pointOf(m.index + (m.groups!.pre?.length ?? 0), m.groups!.p1);
    if (!p1) continue;
    if (!free(p1.start, end)) continue;
    const p2 = m.groups!.p2 ? pointOf(end - m.groups!.p2.length, m.groups!.p2) : null;
    if (m.groups!.p2 && !p2) continue;
    // keep 到/截至 only before a year (到2020年), as plans write it; 于 is not part of the time
    if (m.groups!.pre && (!/^(?:到|截至|截止)/.test(m.groups!.pre) || !(p1.groups.y || p1.groups.rel))) start = p1.start;
    // 5月19日至22日: the range ends on a day of the same month
    const last = p2 ?? (m.groups!.d2 && p1.groups.m ? { ...p1, groups: { ...p1.groups, d: m.groups!.d2 } } : p1);
    const explicit = p1.groups.y ? year(p1.groups.y) : null;
    const y2 = p2?.groups.y ? year(p2.groups.y) : undefined;
    const dateFor = pointDate(!!p1.groups.y, explicit, p1.groups.rel, y2, p2?.groups.rel, dateParts(last.groups));
    out.push(expr(text, start, end, roleAround(s, start, end), dateFor, explicit));
    claim(start, end);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * What a character is to the clause scan, by code: CLAUSE_BREAK for one no time expression holds (sentence
 * and clause ends, 、, line breaks), so that no match runs across it; YEAR for 年; MONTH_OR_QUARTER for 月, 季.
 */
const CLAUSE_BREAK = 1;
const YEAR = 2;
const MONTH_OR_QUARTER = 4;
const CHAR_CLASS = new Uint8Array(65536);
for (const c of '\n。，,、；;：:！!？?') CHAR_CLASS[c.charCodeAt(0)] = CLAUSE_BREAK;
CHAR_CLASS['年'.charCodeAt(0)] = YEAR;
CHAR_CLASS['月'.charCodeAt(0)] = MONTH_OR_QUARTER;
CHAR_CLASS['季'.charCodeAt(0)] = MONTH_OR_QUARTER;
/** Every span (N年内, 用3年时间) and range of years (2011-2013年) holds 年. */
const HAS_YEAR = YEAR;
/** Every point RE_POINTS finds holds 年, 月 or 季 (a month, a quarter, a half or whole year, a year's 底/末 …). */
const HAS_POINT = YEAR | MONTH_OR_QUARTER;

/**
 * The clauses of `s` holding 年, 月 or 季, as (start, end, classes held) triples: no time expression runs
 * across a clause break, and one of use holds one of these characters. Found once for all the patterns.
 */
function timeClauses(s: string): number[] {
  const out: number[] = [];
  for (let a = 0; a < s.length; ) {
    let b = a;
    let has = 0;
    for (; b < s.length; b++) {
      const k = CHAR_CLASS[s.charCodeAt(b)];
      if (k === CLAUSE_BREAK) break;
      has |= k;
    }
    if (has) out.push(a, b, has);
    a = b + 1;
  }
  return out;
}

/**
 * The matches of global `re` in `s` that matchAll would give (their index an offset into `s`), in the
 * clauses (of timeClauses) holding a character of class `needed`, which every match of use holds: the
 * other clauses, most of a plan, are not run through the pattern (one whose every part is optional is
 * tried at each character). No match runs across a clause break, so each clause is matched on its own;
 * a lookbehind at its start sees nothing there, which it reads as it reads the break (neither a digit nor 年).
 */
function* matchesInClauses(s: string, clauses: number[], re: RegExp, needed: number): Generator<RegExpExecArray> {
  for (let k = 0; k < clauses.length; k += 3) {
    if (!(clauses[k + 2] & needed)) continue;
    const a = clauses[k];
    const clause = s.slice(a, clauses[k + 1]);
    re.lastIndex = 0;
    for (let m = re.exec(clause); m; m = re.exec(clause)) {
      if (!m[0]) re.lastIndex++;
      m.index += a;
      yield m;
    }
  }
}

/** The years a span (N年, 2—3年) covers: the larger number. */
function spanYears(g: Record<string, string | undefined>): number {
  return Math.max(parseAnyNumber(g.n1!), g.n2 ? parseAnyNumber(g.n2) : 0);
}

/** The parts of one point `str` that starts at offset `at`. */
function pointOf(at: number, str: string): Piece | null {
  const m = RE_POINT_AT_START.exec(str);
  if (!m || !m[0]) return null;
  const g = m.groups as Record<string, string | undefined>;
  // a lone 今年 is a time frame and a year needs its 年; a lone number is nothing
  if (!(g.m || g.q || g.h || g.yp || g.y || g.rel)) return null;
  return { start: at, end: at + m[0].length, groups: g };
}

function relYear(rel: string | undefined, planYear: number | null): number | null {
  if (!rel) return null;
  if (planYear == null) return null;
  return rel === '明年' || rel === '次年' ? planYear + 1 : planYear;
}

/** The years a plan's dates can name. */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

function year(s: string | undefined): number | null {
  if (!s) return null;
  const n = /^\d{4}$/.test(s) ? Number(s) : parseChineseDigits(s);
  return n >= YEAR_RANGE.min && n <= YEAR_RANGE.max ? n : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// How each expression is dated once the plan's year is known. The closures are made out here, holding
// only what dating needs: one made inside scanTimes would keep its whole scope (the text, the table of
// taken characters) as long as the expression is kept, which is until the plan's year is known.

/** A date the expression gives whatever the plan's year. */
function fixedDate(date: string): ScannedTime['dateFor'] {
  return () => date;
}

/** N年内 from a start year written (2012年起5年内) or the plan's. */
function spanDate(startGiven: boolean, start: number | null, n: number): ScannedTime['dateFor'] {
  return (planYear) => {
    const from = startGiven ? start : planYear;
    return from ? `${from + n - 1}-12-31` : null;
  };
}

/** A point or the end of a range: its own year, one relative to the plan's (今年, 次年), or the plan's. */
function pointDate(
  y1Given: boolean,
  explicit: number | null,
  rel1: string | undefined,
  y2: number | null | undefined,
  rel2: string | undefined,
  parts: Record<string, string>,
): ScannedTime['dateFor'] {
  return (planYear) => {
    // a year outside the range plans are written for (1948年, 2101年) gives no date, never the plan year's
    const y1 = y1Given ? explicit : relYear(rel1, planYear) ?? (rel1 ? null : planYear);
    // the end of a range carries its own year, or one relative to the start (10月-次年3月)
    const y = y2 !== undefined ? y2 : rel2 ? relYear(rel2, y1) : y1;
    // a day the calendar does not have (2月30日) keeps its words with no date
    return y ? dateOf(parts, y) ?? null : null;
  };
}

/** The groups of a point that dateOf reads, those present only. */
function dateParts(g: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of DATE_GROUPS) if (g[k] !== undefined) out[k] = g[k];
  return out;
}
const DATE_GROUPS = ['m', 'd', 'msuf', 'q', 'qsuf', 'h', 'yp', 'yb', 'ybsuf'] as const;

/** The last day a point allows; undefined when the parts make no date (13月). */
function dateOf(g: Record<string, string | undefined>, y: number): string | undefined {
  if (g.m) {
    const m = parseAnyNumber(g.m);
    if (!(m >= 1 && m <= 12)) return undefined;
    if (g.d) {
      const d = parseAnyNumber(g.d);
      if (!(d >= 1 && d <= lastDay(y, m))) return undefined;
      return iso(y, m, d);
    }
    const suf = g.msuf ?? '';
    if (suf === '前' || suf === '以前' || suf === '之前') return m === 1 ? iso(y - 1, 12, 31) : iso(y, m - 1, lastDay(y, m - 1));
    if (suf === '上旬' || suf === '初') return iso(y, m, 10);
    if (suf === '中旬') return iso(y, m, 20);
    return iso(y, m, lastDay(y, m));
  }
  if (g.q) {
    const q = parseAnyNumber(g.q.replace('第', ''));
    if (!(q >= 1 && q <= 4)) return undefined;
    if (g.qsuf === '前') return q === 1 ? iso(y - 1, 12, 31) : iso(y, q * 3 - 3, lastDay(y, q * 3 - 3));
    return iso(y, q * 3, lastDay(y, q * 3));
  }
  if (g.h) return g.h === '上' ? iso(y, 6, 30) : iso(y, 12, 31);
  const yp = g.yp ?? (g.yb ? '年' + g.yb : '');
  if (yp === '年初') return iso(y, 1, 31);
  if (yp === '年中') return iso(y, 6, 30);
  if (!yp && g.ybsuf) return iso(y - 1, 12, 31); // 2025年前: before the year starts
  return iso(y, 12, 31);
}

/** What the words around an expression make of it. */
function roleAround(s: string, start: number, end: number): TimeRole {
  const before = s.slice(Math.max(0, start - 3), start);
  const after = s.slice(end, end + 6);
  if (/^\s*\d+\s*号/.test(after) || /^[〕］\]‟]/.test(after)) return 'docno';
  if (/^(?:是|的)/.test(after) && /^(?:今|明)年$/.test(s.slice(start, end))) return 'name';
  if (/每(?:年|季度|月)?\s*$/.test(before)) return 'cadence';
  if (/(?:自|从|自从)$/.test(before) || /^(?:以来|来|起|至今)/.test(after)) {
    return /^(?:以来|来|至今)/.test(after) || /自$/.test(before) && !/^起/.test(after) ? 'history' : 'start';
  }
  const text = s.slice(start, end);
  // a dated past event: 2022年12月召开的中央经济工作会议, 2020年9月11日，李克强总理在…上发表重要讲话
  const clause = s.slice(end, end + 40).split(/[。；;]/)[0];
  if (/^[^，,]{0,12}(?:召开|举行|印发|出台|颁布|发布|通过|审议通过)的/.test(clause)) return 'history';
  if (/(?:发表|作出|做出)(?:了)?(?:重要)?(?:讲话|指示|批示)/.test(clause) && !/前|底|内/.test(text)) return 'history';
  // a bare year names a thing (2022年年度考核, 2023年是…开局之年) unless it frames a time
  if (/^[到至于]?(?:\d{4}|[〇零一二三四五六七八九]{4}|今|明|当|次)\s*年$/.test(text)) {
    if (/^(?:年度|度|是|工作|全区|全市|全县|全镇|全省|全国|以来|的|政府|区|市|县)/.test(after)) return 'name';
    // 当年/次年 alone qualify a noun (计入当年绩效, 当年下达资金): no time frame of the task's own
    if (/^[当次]年$/.test(text)) return 'name';
    if (/^[今明]/.test(text)) return 'deadline';
    // a target a plan sets itself: 力争2025年…, 确保2024年…, 预计2023年…
    if (/(?:力争|确保|争取|预计|计划|目标是?)$/.test(s.slice(Math.max(0, start - 4), start))) return 'deadline';
    if (/^[到至于]/.test(text) || /[至于在]$/.test(before)) return 'deadline';
    if (/^(?:[，,、]|完成|实现|建成|达到|基本|全面|初步|要|将|确保|力争|全部|所有|开展|启动|前后|底|末)/.test(after)) return 'deadline';
    return 'name';
  }
  if (/^(?:年度|度考核)/.test(after)) return 'name';
  return 'deadline';
}

function expr(text: string, start: number, end: number, role: TimeRole, dateFor: ScannedTime['dateFor'], explicitYear: number | null): ScannedTime {
  return { text: text.slice(start, end).trim(), start, end, role, dateFor, explicitYear };
}

/** The deadlines in a task's text, in order. */
export function findDeadlines(text: string, planYear: number | null): TimeExpr[] {
  return findTimes(text, planYear).filter((t) => t.role === 'deadline');
}
