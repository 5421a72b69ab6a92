/**
 * Word (.docx) to plan text: paragraphs in order, with the numbers Word generates itself (a list level
 * formatted 一、 or （一） has no characters in the text: they are rebuilt from numbering.xml, levels and
 * restarts included), tables row by row with a tab between cells (so the task-table reader reads them),
 * headers and footers left out. The zip is checked for bombs before anything is inflated.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser } from 'saxes';
import { toChineseNumber } from '../text/numerals.js';

/** Why a .docx could not be read. */
export class DocxError extends Error {
  constructor(readonly reason: 'bomb' | 'broken') {
    super(reason);
  }
}

/** Limits a real plan never comes near; a zip past them is refused before inflating. */
const LIMITS = { entries: 5000, entryBytes: 64 * 2 ** 20, totalBytes: 256 * 2 ** 20, ratio: 200 };
const WANTED = new Set(['word/document.xml', 'word/numbering.xml']);

/** The text of a .docx. */
export function readDocx(bytes: Uint8Array): string {
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        entries++;
        total += f.originalSize;
        if (entries > LIMITS.entries || total > LIMITS.totalBytes || f.originalSize > LIMITS.entryBytes) throw new DocxError('bomb');
        if (f.size > 0 && f.originalSize / f.size > LIMITS.ratio && f.originalSize > 2 ** 20) throw new DocxError('bomb');
        return WANTED.has(f.name);
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError('broken');
  }
  const doc = files['word/document.xml'];
  if (!doc) throw new DocxError('broken');
  const numbering = files['word/numbering.xml'] ? readNumbering(new TextDecoder().decode(files['word/numbering.xml'])) : new Map();
  return readDocument(new TextDecoder().decode(doc), numbering);
}

interface Level {
  start: number;
  format: string;
  text: string;
}

/** numId → its levels (through its abstract numbering, with start overrides). */
type Numbering = Map<string, { abstract: string; levels: Map<number, Level> }>;

function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  const p = new SaxesParser();
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstract: string; overrides: Map<number, number> } | null = null;
  let overrideLevel = -1;
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    const val = a['w:val'];
    switch (t.name) {
      case 'w:abstractNum':
        abstract = new Map();
        abstracts.set(a['w:abstractNumId'], abstract);
        break;
      case 'w:lvl':
        level = { start: 1, format: 'decimal', text: '' };
        abstract?.set(Number(a['w:ilvl']), level);
        break;
      case 'w:start':
        if (level) level.start = Number(val);
        else if (num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(val));
        break;
      case 'w:numFmt':
        if (level) level.format = val;
        break;
      case 'w:lvlText':
        if (level) level.text = val ?? '';
        break;
      case 'w:num':
        num = { abstract: '', overrides: new Map() };
        nums.set(a['w:numId'], num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstract = val;
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(a['w:ilvl']);
        break;
      case 'w:startOverride':
        if (num && overrideLevel >= 0) num.overrides.set(overrideLevel, Number(val));
        break;
    }
  });
  p.on('closetag', (t) => {
    if (t.name === 'w:lvl') level = null;
    else if (t.name === 'w:abstractNum') abstract = null;
    else if (t.name === 'w:num') num = null;
    else if (t.name === 'w:lvlOverride') overrideLevel = -1;
  });
  p.write(xml).close();
  const out: Numbering = new Map();
  for (const [id, n] of nums) {
    const levels = new Map<number, Level>();
    for (const [ilvl, l] of abstracts.get(n.abstract) ?? []) levels.set(ilvl, { ...l, start: n.overrides.get(ilvl) ?? l.start });
    out.set(id, { abstract: n.abstract, levels });
  }
  return out;
}

/** A counter as Word writes it for a level's format. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
      return toChineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return String.fromCharCode(96 + n);
    case 'upperLetter':
      return String.fromCharCode(64 + n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function readDocument(xml: string, numbering: Numbering): string {
  const lines: string[] = [];
  // counters per abstract numbering (lists that share one continue each other's numbers)
  const counters = new Map<string, number[]>();
  const p = new SaxesParser();
  let para: string[] | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  let inText = false;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  const marker = (): string => {
    const def = numId ? numbering.get(numId) : undefined;
    const lvl = def?.levels.get(ilvl);
    if (!def || !lvl || lvl.format === 'bullet' || lvl.format === 'none') return '';
    const c = counters.get(def.abstract) ?? [];
    for (let k = 0; k < ilvl; k++) if (c[k] === undefined) c[k] = (def.levels.get(k)?.start ?? 1) - 1;
    c[ilvl] = c[ilvl] === undefined ? lvl.start : c[ilvl] + 1;
    c.length = ilvl + 1; // a deeper level starts again after this one
    counters.set(def.abstract, c);
    return lvl.text.replace(/%(\d)/g, (_m, d) => {
      const k = Number(d) - 1;
      return formatNumber(c[k] ?? def.levels.get(k)?.start ?? 1, def.levels.get(k)?.format ?? 'decimal');
    });
  };
  p.on('opentag', (t) => {
    const a = t.attributes as Record<string, string>;
    switch (t.name) {
      case 'w:tbl':
        tableDepth++;
        break;
      case 'w:tr':
        if (tableDepth === 1) row = [];
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = [];
        break;
      case 'w:p':
        para = [];
        numId = null;
        ilvl = 0;
        break;
      case 'w:numId':
        numId = a['w:val'] ?? null;
        break;
      case 'w:ilvl':
        ilvl = Number(a['w:val'] ?? 0);
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        para?.push('\t');
        break;
      case 'w:br':
        para?.push('\n');
        break;
    }
  });
  p.on('text', (s) => {
    if (inText && para) para.push(s);
  });
  p.on('closetag', (t) => {
    switch (t.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p': {
        const text = (numId && numId !== '0' ? marker() : '') + (para ?? []).join('');
        if (cell) cell.push(text.replace(/[\t\n]+/g, ' '));
        else if (tableDepth === 0) lines.push(text);
        para = null;
        break;
      }
      case 'w:tc':
        if (tableDepth === 1 && row && cell) row.push(cell.join('').trim());
        cell = null;
        break;
      case 'w:tr':
        // a row on one line, its cells apart by tabs: the layout the task-table reader takes
        if (tableDepth === 1 && row) lines.push(row.join('\t'));
        row = null;
        break;
      case 'w:tbl':
        tableDepth--;
        break;
    }
  });
  p.write(xml).close();
  return lines.join('\n') + '\n';
}
