/** Chinese and arabic numerals as used in plan markers and dates. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Value of a Chinese numeral such as 三, 十一, 二十五, 一百零三; NaN when it is not one. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  let sawUnit = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      current = DIGITS[ch];
    } else if (ch in UNITS) {
      const u = UNITS[ch];
      total += (current || (sawUnit || total ? 0 : 1) || 1) * u;
      current = 0;
      sawUnit = true;
    } else {
      return NaN;
    }
  }
  return total + current;
}

/** Digit-by-digit Chinese numerals for years: 二〇二三 → 2023. */
export function parseChineseDigits(s: string): number {
  let out = '';
  for (const ch of s) {
    if (!(ch in DIGITS)) return NaN;
    out += String(DIGITS[ch]);
  }
  return out ? Number(out) : NaN;
}

/** An arabic or Chinese number: "12", "１２", "十二". */
export function parseAnyNumber(s: string): number {
  const ascii = toAsciiDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return parseChineseNumber(s);
}

/** Full-width digits to ASCII digits, one character for one, so offsets keep. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Ordinal of a circled number, NaN otherwise. */
export function parseCircled(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

/** A Chinese numeral for 1–99 as markers write it: 三, 十, 十一, 二十五. */
export function toChineseNumber(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
}
