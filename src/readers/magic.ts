/** What kind of file bytes are, without loading a reader (the readers load only for their format). */

/** True when the bytes are a PDF. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

/** True when the bytes are a zip holding a Word document. */
export function isDocx(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  // the central directory names word/document.xml
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('word/document.xml');
}
