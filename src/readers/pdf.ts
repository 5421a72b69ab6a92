/**
 * PDF to plan text: the text layer of each page (unpdf, pdf.js), with running headers and footers (the
 * same line at the top or bottom of most pages) and bare page numbers left out; lines broken at a page
 * end are joined later by the clean view, like any broken line. A scanned PDF has no text layer.
 */
import { createRequire } from 'node:module';

// packages that only some runs need, loaded on first use (the bundle keeps them outside: scripts/bundle.mjs)
const require = createRequire(import.meta.url);

/** Why a PDF could not be read. */
export class PdfError extends Error {
  constructor(readonly reason: 'scanned' | 'broken') {
    super(reason);
  }
}

/** A page number as printed alone on a line: 3, - 3 -, 第 3 页, 3/12. */
const PAGE_NUMBER = /^[\s\u3000]*(?:[-—－]\s*\d{1,4}\s*[-—－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*\/\s*\d{1,4})?)[\s\u3000]*$/;

/** The text of a PDF's pages, in order. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = require('unpdf') as typeof import('unpdf');
  let pages: string[];
  try {
    const doc = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(doc, { mergePages: false })).text as string[];
  } catch {
    throw new PdfError('broken');
  }
  if (!pages.join('').replace(/\s+/g, '')) throw new PdfError('scanned');
  return pagesToText(pages.map((p) => p.split('\n')));
}

/** Pages of lines to one text, without running headers, footers and page numbers. */
export function pagesToText(pages: string[][]): string {
  const key = (l: string) => l.replace(/\d+/g, '#').replace(/[\s\u3000]+/g, '');
  const running = new Set<string>();
  if (pages.length >= 2) {
    // a line that stands first or last on most pages (numbers aside) is a running header or footer
    for (const pick of [(ls: string[]) => ls.find((l) => l.trim()), (ls: string[]) => [...ls].reverse().find((l) => l.trim() && !PAGE_NUMBER.test(l))]) {
      const count = new Map<string, number>();
      for (const ls of pages) {
        const l = pick(ls);
        if (l) count.set(key(l), (count.get(key(l)) ?? 0) + 1);
      }
      for (const [k, n] of count) if (k && n >= Math.max(2, Math.ceil(pages.length * 0.6))) running.add(k);
    }
  }
  const out: string[] = [];
  for (const ls of pages) {
    const lines = [...ls];
    // the first and last lines are where headers, footers and page numbers stand
    const drop = (i: number) => lines[i] !== undefined && (running.has(key(lines[i])) || PAGE_NUMBER.test(lines[i]));
    while (lines.length && (!lines[lines.length - 1].trim() || drop(lines.length - 1))) lines.pop();
    while (lines.length && (!lines[0].trim() || (running.has(key(lines[0])) && out.length > 0))) lines.shift();
    out.push(lines.join('\n'));
  }
  return out.join('\n') + '\n';
}
