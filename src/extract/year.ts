/** The plan's base year (ANNOTATION.md, "Year"). */
import { toAsciiDigits } from '../text/numerals.js';
import { toSimplified } from '../text/chars.js';
import { parseChineseDigits } from '../text/numerals.js';
import type { ScannedTime } from './time.js';
import { DATE_LINE } from '../parse/front.js';

const TITLE_YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})\s*(?:[-—–~至到]\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*)?(?:年|学年)/;

/** A year in the plan's title (a range gives its first year). */
export function titleYear(title: string | null): number | null {
  if (!title) return null;
  const m = TITLE_YEAR.exec(toAsciiDigits(toSimplified(title)));
  return m ? toYear(m[1]) : null;
}

function toYear(s: string): number | null {
  const n = /^\d{4}$/.test(s) ? Number(s) : parseChineseDigits(s);
  return n >= 1949 && n <= 2100 ? n : null;
}

/**
 * The first rule that gives a year: the title; the earliest year among the dates the plan sets; a year
 * the body names (not a document number, a start or history); the date of a cover letter or signature.
 */
export function planYear(title: string | null, bodyTimes: ScannedTime[][], outsideText: string): number | null {
  const fromTitle = titleYear(title);
  if (fromTitle) return fromTitle;
  const earliest = (role: ScannedTime['role']) => {
    let min: number | null = null;
    for (const times of bodyTimes) for (const t of times) if (t.role === role && t.explicitYear && (min === null || t.explicitYear < min)) min = t.explicitYear;
    return min;
  };
  const set = earliest('deadline');
  if (set) return set;
  const named = earliest('name');
  if (named) return named;
  const dated = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(toAsciiDigits(outsideText));
  if (dated) return toYear(dated[1]);
  // a signing date as damaged extraction leaves it, on a line of its own
  const line = toAsciiDigits(outsideText).split('\n').find((l) => DATE_LINE.test(l));
  return line ? toYear(/(?:19|20)\d{2}/.exec(line)![0]) : null;
}
