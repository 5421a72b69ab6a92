/** Character classes shared by the parser and the extractors. */
import T2S_DATA from '../lexicon/t2s.json' with { type: 'json' };

/** A CJK ideograph. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const TITLE_STOP_CHARS = '。；：！？;:!?';
/** Punctuation that ends a title (ANNOTATION.md: 。；：！？ and half-width forms). */
export const TITLE_STOP = new RegExp(`[${TITLE_STOP_CHARS}]`);
const TITLE_STOP_CODES = new Uint8Array(65536);
for (const c of TITLE_STOP_CHARS) TITLE_STOP_CODES[c.charCodeAt(0)] = 1;
/** TITLE_STOP for a character code. */
export const isTitleStop = (code: number): boolean => TITLE_STOP_CODES[code] === 1;

/** A space, tab, ideographic space or no-break space (the spaces inside a line), by character code. */
export function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0;
}

/** What /\s/ matches, by character code (a test per character without a string per character). */
export function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// Traditional → simplified, one character for one, so offsets into the original text stay valid; the
// output keeps what the text said. The table is OpenCC's (src/lexicon/t2s.json, made by
// scripts/build-lexicon.mjs), without the characters that are simplified ones as well.
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_DATA.pairs.length; i += 2) T2S.set(T2S_DATA.pairs[i], T2S_DATA.pairs[i + 1]);

/** Simplified code unit of each traditional one (0: the same). */
const T2S_CODE = new Uint16Array(65536);
for (const [t, s] of T2S) T2S_CODE[t.charCodeAt(0)] = s.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

/** Texts at least this long are remembered once converted (a section's text, not a name). */
const REMEMBER_FROM = 256;
/** The last few long texts converted and their simplified forms: every extractor reads a section's text so. */
const recentIn: string[] = [];
const recentOut: string[] = [];
let recentNext = 0;

/** Simplified form of `text` for matching, the same length as `text` (the text itself when it has no traditional form). */
export function toSimplified(text: string): string {
  const remember = text.length >= REMEMBER_FROM;
  if (remember) for (let k = 0; k < recentIn.length; k++) if (recentIn[k] === text) return recentOut[k];
  const out = simplify(text);
  if (remember) {
    recentIn[recentNext] = text;
    recentOut[recentNext] = out;
    recentNext = (recentNext + 1) % 4;
  }
  return out;
}

function simplify(text: string): string {
  let i = 0;
  while (i < text.length && !T2S_CODE[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    codes[j] = T2S_CODE[c] || c;
  }
  return UTF16.decode(codes);
}
