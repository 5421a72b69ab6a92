/** Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Why bytes could not be read as a plan text. */
export class DecodeError extends Error {
  constructor(
    readonly reason: 'empty' | 'binary' | 'docx' | 'encoding',
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
  if (looksBinary(bytes)) throw new DecodeError('binary', 'binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: Chinese offices' older files are GBK/GB18030
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new DecodeError('encoding', 'encoding');
  }
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
