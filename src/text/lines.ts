/** Lines of a text with their offsets. */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset of the line break (or the text end), before a trailing \r. */
  end: number;
  text: string;
}

/** Splits `text` into lines, keeping offsets; a \r before \n is not part of the line. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    out.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}
