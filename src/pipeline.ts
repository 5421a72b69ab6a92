/** One plan file from bytes to a validated ledger: decode, parse, extract, build, validate. */
import { unified } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { createHash } from 'node:crypto';
import { decodePlan, DecodeError, type Decoded, type Encoding } from './text/decode.js';
import { isDocx, isPdf } from './readers/magic.js';
import { planExtract, planParse } from './plugin.js';
import { buildLedger } from './ledger/build.js';
import { validateLedger } from './ledger/validate.js';
import { at, MSG, withoutStacks } from './messages.js';
import type { Ledger, PlanNode } from './types.js';

export interface ConvertOptions {
  year?: number;
  /** An office's own unit names and aliases. */
  units?: { names?: string[]; aliases?: Record<string, string> };
  /** Treat the text as Markdown (default: by the file name). */
  markdown?: boolean;
  /** Return an empty ledger for a text with no numbered item instead of refusing it (for `check`). */
  allowEmpty?: boolean;
  /** Hold the ledger to schemas/ledger.schema.json (default); `check`, which writes no ledger, skips it. */
  validate?: boolean;
  /** The text already read from the bytes by readInputText (a Word document's, a PDF's text layer). */
  decoded?: { text: string; encoding: 'pdf' | 'docx' };
}

/**
 * The text of inputs that need a reader of their own (a Word document, a PDF), for `convertPlan`'s
 * `decoded`; undefined for plain text, which convertPlan decodes itself. The readers are loaded only for
 * their format, so a .txt run never loads a zip or PDF library. Throws ConvertError for a file it cannot read.
 */
export async function readInputText(bytes: Uint8Array, path: string): Promise<ConvertOptions['decoded']> {
  if (isDocx(bytes)) {
    const { readDocx, DocxError } = await import('./readers/docx.js');
    try {
      return { text: readDocx(bytes), encoding: 'docx' };
    } catch (e) {
      if (e instanceof DocxError) throw new ConvertError(path, e.reason === 'bomb' ? MSG.docxBomb() : MSG.fileDocx());
      throw e;
    }
  }
  if (!isPdf(bytes)) return undefined;
  const { readPdf, PdfError } = await import('./readers/pdf.js');
  try {
    return { text: await readPdf(bytes), encoding: 'pdf' };
  } catch (e) {
    if (e instanceof PdfError) throw new ConvertError(path, e.reason === 'scanned' ? MSG.pdfScanned() : MSG.pdfBroken());
    throw e;
  }
}

/** A conversion that could not be done: the file, the message for the user, and a code for `check`. */
export class ConvertError extends Error {
  constructor(
    readonly path: string,
    readonly text: string,
    readonly reason?: 'no-items',
  ) {
    super(at(path, text));
  }
}

/** A plan file's text as read from its bytes, and the digest of those bytes the ledger records. */
export interface PlanText {
  text: string;
  encoding: Encoding;
  sha256: string;
}

/**
 * Reads a plan file's bytes: a Word document, a PDF's text layer, or plain text in any encoding
 * decodePlan knows. Throws ConvertError. Nothing after this needs the bytes, so a caller that lets them
 * go holds a large file's text only (not its bytes too) while it is converted.
 */
export async function readPlan(bytes: Uint8Array, path: string): Promise<PlanText> {
  const decoded = (await readInputText(bytes, path)) ?? decodeText(bytes, path);
  return { text: decoded.text, encoding: decoded.encoding, sha256: sha256Of(bytes) };
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Plain text from bytes, or ConvertError saying why there is none. */
function decodeText(bytes: Uint8Array, path: string): Decoded {
  if (isDocx(bytes)) throw new Error(`${path}: a Word document is read by readInputText first`);
  try {
    return decodePlan(bytes);
  } catch (e) {
    if (e instanceof DecodeError) {
      const msg = { empty: MSG.fileEmpty, binary: MSG.fileBinary, docx: MSG.fileDocx, doc: MSG.fileDoc, encoding: MSG.fileEncoding }[e.reason];
      throw new ConvertError(path, msg());
    }
    throw e;
  }
}

/**
 * Converts one plan (its bytes, or its text as readPlan read it) into a schema-valid ledger; throws
 * ConvertError with a Chinese message.
 */
export function convertPlan(input: Uint8Array | PlanText, path: string, options: ConvertOptions = {}): { ledger: Ledger; tree: PlanNode; file: VFile } {
  const decoded: PlanText = input instanceof Uint8Array ? { ...(options.decoded ?? decodeText(input, path)), sha256: sha256Of(input) } : input;
  if (!decoded.text.trim()) throw new ConvertError(path, MSG.fileEmpty());
  const markdown = options.markdown ?? /\.(md|markdown)$/i.test(path);
  const file = new VFile({ path, value: decoded.text });
  const processor = unified().use(planParse, { markdown }).use(planExtract, { year: options.year, units: options.units });
  const tree = processor.runSync(processor.parse(file), file) as PlanNode;
  const point = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });
  // what the parse noticed, as the file's messages
  withoutStacks(() => {
    const pages = file.data.clean?.pageNumbers ?? [];
    if (pages.length) {
      const first = location(decoded.text).toPoint(pages[0]) ?? { line: 1, column: 1 };
      file.info(MSG.pageNumbersRemoved(pages.length), { place: point(first), ruleId: 'page-numbers', source: 'plan2ledger' });
    }
    tree.data?.parts?.forEach((p, i) =>
      p.annex
        ? file.info(MSG.annexPart(i + 2), { place: point(p), ruleId: 'annex-part', source: 'plan2ledger' })
        : file.info(MSG.newPart(i + 2), { place: point(p), ruleId: 'numbering-restarts', source: 'plan2ledger' }),
    );
    for (const n of tree.data?.renumbered ?? []) {
      file.message(MSG.renumbered(n.marker.raw, n.id), { place: point(n.position!.start), ruleId: 'duplicate-number', source: 'plan2ledger' });
    }
    for (const t of tree.data?.tables ?? []) {
      if (t.kind === 'task') file.info(MSG.taskTable(t.columns.join('、')), { place: point(t.header.start), ruleId: 'task-table', source: 'plan2ledger' });
      for (const m of t.misfits) file.message(MSG.tableRowMisfit(m.expected, m.found), { place: point(m), ruleId: 'table-row-misfit', source: 'plan2ledger' });
    }
  });
  if (!tree.children.length && !options.allowEmpty) throw new ConvertError(path, MSG.noSections(), 'no-items');
  const ledger = buildLedger(tree, file, { path, sha256: decoded.sha256, encoding: decoded.encoding }, options.units?.aliases);
  const errors = options.validate === false ? [] : validateLedger(ledger);
  if (errors.length) throw new ConvertError(path, MSG.schemaInvalid(errors.join('\n')));
  return { ledger, tree, file };
}
