/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE (with or without BOM), GB18030/GBK or Big5.
 * Which of the legacy Chinese encodings a file is in is told by chardet's statistics, not by trying each.
 */
import { createRequire } from 'node:module';

// chardet is loaded only for a file that is not UTF-8 or UTF-16
const require = createRequire(import.meta.url);

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'docx' | 'pdf';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Why bytes could not be read as a plan text. */
export class DecodeError extends Error {
  constructor(
    readonly reason: 'empty' | 'binary' | 'docx' | 'doc' | 'encoding',
    message: string,
  ) {
    super(message);
  }
}

/** Decodes a plan file; throws DecodeError for empty, binary or undecodable input. */
export function decodePlan(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new DecodeError('docx', 'zip');
  }
  // an old binary Word file (OLE compound document)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new DecodeError('doc', 'doc');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(bytes)) throw new DecodeError('binary', 'binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Chinese offices' older files are GBK/GB18030, traditional ones Big5
  }
  for (const encoding of legacyOrder(bytes)) {
    // Node's Big5 decoder drops bytes it cannot read even when fatal: check the byte structure first
    if (encoding === 'big5' && !isBig5(bytes)) continue;
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // the other one, then give up
    }
  }
  throw new DecodeError('encoding', 'encoding');
}

/** Big5's byte structure: ASCII, or a lead byte 0x81–0xFE and a trail byte 0x40–0x7E or 0xA1–0xFE. */
function isBig5(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (b === 0x80 || b === 0xff || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) return false;
    i++;
  }
  return true;
}

/** GB18030 or Big5 first, as chardet rates a sample of the bytes. */
function legacyOrder(bytes: Uint8Array): ('gb18030' | 'big5')[] {
  const { analyse } = require('chardet') as typeof import('chardet');
  const rated = analyse(bytes.subarray(0, 65536));
  const score = (name: string) => rated.find((r) => r.name === name)?.confidence ?? 0;
  return score('Big5') > score('GB18030') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

/**
 * UTF-16 without a BOM: NUL bytes (the high byte of ASCII characters) and, decoded one way, text that is
 * nearly all Chinese, ASCII and punctuation.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4 || !bytes.subarray(0, n).includes(0)) return null;
  let best: 'utf-16le' | 'utf-16be' | null = null;
  let bestShare = 0;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = new TextDecoder(enc).decode(bytes.subarray(0, n));
    let ok = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) ok++;
    }
    const share = ok / Math.max(1, text.length);
    if (share > bestShare) [best, bestShare] = [enc, share];
  }
  return bestShare >= 0.9 ? best : null;
}

/** NUL bytes or many control characters mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.1;
}
