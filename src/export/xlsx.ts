/**
 * The 台账 workbook a clerk can hand to a leader, print and fill in every month: 任务台账, the print view
 * (A4 landscape at 10.5 pt, a 填报单位 line, a wide 进展情况 column, no merged cells), 台账数据 (every field,
 * real date cells, the 完成情况 list, a stable task key), 目标指标, 文档结构 and 说明, each with its own
 * print setup. With SOURCE_DATE_EPOCH the bytes are reproducible.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import type { Ledger, LedgerTask } from '../types.js';
import type { Exporter } from './index.js';
import { cellText, deadlineText, extraHeaders, lastDate, levels, planName, TASK_HEADERS, taskRows } from './rows.js';
import { VERSION } from '../version.js';

/** Values of the 完成情况 dropdown. */
export const STATUS = ['未开始', '推进中', '已完成', '滞后'];

const FONT = '宋体';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };
/** Column widths in characters, sized for Chinese text (an ideograph is two). */
const WIDTHS = [6, 16, 18, 24, 60, 18, 18, 12, 16, 14, 10, 10, 14, 12];
const DATE_FMT = 'yyyy"年"m"月"d"日"';

/** Display width of text in column units: an ideograph or full-width sign takes two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return w;
}

/**
 * Height (points) a row needs so its wrapped cells show all their text: spreadsheet programs do not all
 * grow rows on opening, and a printed 台账 must not hide any words.
 */
function fitHeight(row: ExcelJS.Row, widths: number[], lineHeight = 14): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const text = cell.value instanceof Date ? '' : String(cell.value ?? '');
    // a column holds a little more than its width in half-width characters (measured in LibreOffice's print)
    const per = Math.max(1, (widths[col - 1] ?? 10) * 1.1 - 1);
    const n = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / per)), 0);
    lines = Math.max(lines, n);
  });
  row.height = Math.min(409, lines * lineHeight + 6);
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => {
    c.font = { name: FONT, bold: true, size: 11 };
    c.fill = HEAD_FILL;
    c.border = BORDER;
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  row.height = 24;
}

function titleRow(ws: ExcelJS.Worksheet, text: string, columns: number): void {
  ws.mergeCells(1, 1, 1, columns);
  const c = ws.getCell(1, 1);
  c.value = cellText(text);
  c.font = { name: '黑体', bold: true, size: 16 };
  c.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;
}

function pageSetup(ws: ExcelJS.Worksheet, headerRows: string): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: headerRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // the page of this sheet: a count of all pages would mix in the other sheets when the workbook is printed
  ws.headerFooter = { oddFooter: `&C${ws.name}　第 &P 页` };
}

/** Adds a row with every string made safe for a cell (no control characters, at most 32,767 characters). */
function addSafe(ws: ExcelJS.Worksheet, values: unknown[]): ExcelJS.Row {
  return ws.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) : v)));
}

/** Body text at a size that reads at arm's length on A4 (10.5 pt, 五号). */
const BODY = 10.5;
/**
 * Column units that fit across A4 landscape at 100 % with 0.4-inch margins: LibreOffice, whose unit is the
 * wider (about 2.4 mm against Excel's 1.9), fits about 116, so 114 print whole in both.
 */
const PRINT_UNITS = 114;
/** 工作内容 in the print view is cut here; the whole text stays in 台账数据. */
const PRINT_TEXT_MAX = 600;

interface PrintColumn {
  header: string;
  width: number;
  value: (t: LedgerTask, i: number) => string | number;
  center?: boolean;
}

/** The columns a leader reads: 二级任务 and 责任人 only when the plan has them; 工作内容 takes the rest of the width. */
function printColumns(ledger: Ledger): PrintColumn[] {
  const hasLevel2 = ledger.tasks.some((t) => levels(t)[1]);
  const hasOwner = ledger.tasks.some((t) => t.owners.length);
  // narrower group and 进展情况 columns when both optional ones are there, so that 工作内容 keeps its room
  const tight = hasLevel2 && hasOwner;
  const cols: PrintColumn[] = [
    { header: '序号', width: 5, value: (_t, i) => i + 1, center: true },
    { header: '一级任务', width: tight ? 10 : 12, value: (t) => levels(t)[0] },
    ...(hasLevel2 ? [{ header: '二级任务', width: tight ? 10 : 12, value: (t: LedgerTask) => levels(t)[1] }] : []),
    { header: '工作内容', width: 0, value: (t) => printedText(t) },
    { header: '牵头单位', width: 12, value: (t) => t.units.lead.join('、') },
    { header: '配合单位', width: 10, value: (t) => t.units.support.join('、') },
    ...(hasOwner ? [{ header: '责任人', width: 8, value: (t: LedgerTask) => t.owners.join('、') }] : []),
    { header: '完成时限', width: 12, value: (t) => deadlineWithDate(t) },
    { header: '进展情况', width: tight ? 11 : 14, value: () => '' },
    { header: '备注', width: 6, value: (t) => (t.unitsInherited ? '单位沿用上级' : '') },
  ];
  const used = cols.reduce((s, c) => s + c.width, 0);
  cols.find((c) => c.header === '工作内容')!.width = PRINT_UNITS - used;
  return cols;
}

/** 工作内容 as printed: the task's text, cut where it would run over pages (the whole text is in 台账数据). */
function printedText(t: LedgerTask): string {
  const text = t.text.startsWith(t.title) || !t.title ? t.text : `${t.title}。${t.text}`;
  return text.length > PRINT_TEXT_MAX ? text.slice(0, PRINT_TEXT_MAX) + '…（全文见“台账数据”）' : text;
}

/** 完成时限 as written, with its date: 6月底前（2024年6月30日）. */
function deadlineWithDate(t: LedgerTask): string {
  const text = deadlineText(t);
  const d = lastDate(t);
  if (!d) return text;
  const [y, m, day] = d.split('-').map(Number);
  return `${text}（${y}年${m}月${day}日）`;
}

/**
 * 任务台账, the print view: title, a 填报单位 / 联系人 / 填报日期 line to fill in, and the columns a leader
 * reads, sized to fit A4 landscape at 10.5 pt. No merged cells (a merge would break across pages): the
 * 一级/二级任务 of a group is written on each of its rows, in grey after the first.
 */
function printSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('任务台账', { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  const cols = printColumns(ledger);
  // one style a column, which every new cell takes (cheaper than styling 100,000 cells one by one)
  ws.columns = cols.map((c) => ({
    width: c.width,
    style: { font: { name: FONT, size: BODY }, border: BORDER, alignment: { vertical: 'middle', wrapText: true, horizontal: c.center ? 'center' : 'left' } },
  }));
  titleRow(ws, `${sheetTitle(ledger)}任务台账`, cols.length);
  ws.mergeCells(2, 1, 2, cols.length);
  const block = ws.getCell(2, 1);
  block.value = '填报单位：　　　　　　　　　　　　联系人：　　　　　　　　联系电话：　　　　　　　　填报日期：　　　　年　　月　　日';
  block.font = { name: FONT, size: BODY };
  block.alignment = { vertical: 'middle', horizontal: 'left' };
  ws.getRow(2).height = 22;
  styleHeader(addSafe(ws, cols.map((c) => c.header)));
  const widths = cols.map((c) => c.width);
  let prev: string[] = [];
  ledger.tasks.forEach((t, i) => {
    const row = addSafe(ws, cols.map((c) => c.value(t, i)));
    const group = levels(t).slice(0, 2);
    // a group's label again on its later rows, in grey: every printed page names its groups
    for (const k of [0, 1]) if (cols[k + 1]?.header.endsWith('级任务') && group[k] && group[k] === prev[k]) row.getCell(k + 2).font = { name: FONT, size: BODY, color: { argb: 'FF8C8C8C' } };
    if (!t.deadlines.length && t.inheritedDeadline) row.getCell(cols.findIndex((c) => c.header === '完成时限') + 1).font = { name: FONT, size: BODY, italic: true, color: { argb: 'FF7F7F7F' } };
    fitHeight(row, widths, 14);
    prev = group;
  });
  pageSetup(ws, '3:3');
  ws.pageSetup.printArea = `A1:${columnLetter(cols.length)}${Math.max(3, 3 + ledger.tasks.length)}`;
  // the widths fit the page at 100 %; fit to width stays on so that no program ever cuts a column off
  ws.pageSetup.fitToWidth = 1;
}

/** 台账数据: every field of every task for filters and formulas, with real date cells and the 完成情况 list. */
function dataSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('台账数据', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const extra = extraHeaders(ledger);
  const headers = ['任务编号', '任务键', ...TASK_HEADERS.slice(1), ...extra];
  const widths = [10, 14, ...WIDTHS.slice(1), ...extra.map(() => 16)];
  ws.columns = widths.map((width) => ({ width, style: { font: { name: FONT, size: BODY }, alignment: { vertical: 'top' } } }));
  styleHeader(addSafe(ws, headers));
  const status = headers.indexOf('完成情况') + 1;
  const dateCol = headers.indexOf('截止日期') + 1;
  // the rows CSV and Markdown show (rows.ts), with 任务编号 and 任务键 for 序号, and 截止日期 as a date cell
  const rows = taskRows(ledger);
  const blank = new Set([status - 1, dateCol - 1, headers.indexOf('备注'), ...extra.map((h) => headers.indexOf(h))]);
  ledger.tasks.forEach((t, i) => {
    // (完成情况, 备注 and a table's extra columns stay blank cells when empty)
    const values: unknown[] = [t.id, taskKey(t), ...rows[i].slice(1)].map((v, k) => (v === '' && blank.has(k) ? null : v));
    if (values[dateCol - 1]) values[dateCol - 1] = new Date(`${values[dateCol - 1]}T00:00:00Z`);
    const row = addSafe(ws, values);
    row.getCell(dateCol).numFmt = DATE_FMT;
    row.getCell(status).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '完成情况',
      error: `请选择：${STATUS.join('、')}`,
    };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, 1 + ledger.tasks.length), column: headers.length } };
  pageSetup(ws, '1:1');
}

/** A stable key for a task across versions of its plan (for a later update command): its id and title. */
export function taskKey(t: LedgerTask): string {
  return createHash('sha1').update(`${t.id}\u0000${t.title}`).digest('hex').slice(0, 12);
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** What the workbook is called: the plan's own title, else a file name that reads as one (never a hash). */
export function sheetTitle(ledger: Ledger): string {
  if (ledger.title) return ledger.title;
  const name = planName(ledger);
  return /^[\w-]*\d[\w-]*$/.test(name) && /[0-9a-f]{8,}|^\d{3,}/i.test(name) ? '' : name;
}

function goalSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('目标指标', { views: [{ state: 'frozen', ySplit: 2 }] });
  const headers = ['序号', '编号', '目标', '内容', '指标原文', '数值', '单位', '比较'];
  const widths = [6, 10, 30, 60, 24, 10, 10, 8];
  ws.columns = widths.map((width) => ({ width }));
  titleRow(ws, `${sheetTitle(ledger)}目标指标`, headers.length);
  styleHeader(addSafe(ws, headers));
  let n = 0;
  const sources = [...ledger.goals.map((g) => ({ ...g, from: '目标' })), ...ledger.tasks.filter((t) => t.metrics?.length).map((t) => ({ ...t, metrics: t.metrics!, from: '任务' }))];
  for (const g of sources) {
    const ms = g.metrics.length ? g.metrics : [null];
    for (const m of ms) {
      const row = addSafe(ws, [++n, g.id, g.title, g.text, m?.text ?? '', m?.value ?? null, m?.unit ?? '', m ? m.comparator.replace('>=', '≥').replace('<=', '≤') : '']);
      row.eachCell({ includeEmpty: true }, (c, col) => {
        c.font = { name: FONT, size: 10.5 };
        c.border = BORDER;
        // 序号 centred beside a left 编号, so that 1 | 1.1 never reads 11.1
        c.alignment = { vertical: 'middle', wrapText: true, horizontal: col <= 2 ? 'center' : 'left' };
      });
      fitHeight(row, widths);
    }
  }
  pageSetup(ws, '1:2');
}

const KIND: Record<string, string> = { goal: '目标', measures: '任务措施', schedule: '进度安排', safeguards: '保障要求' };

function outlineSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('文档结构', { views: [{ state: 'frozen', ySplit: 2 }] });
  const headers = ['编号', '层级', '标记', '标题', '类型', '原文行号'];
  const widths = [12, 6, 10, 70, 10, 10];
  ws.columns = widths.map((width) => ({ width }));
  titleRow(ws, `${sheetTitle(ledger)}文档结构`, headers.length);
  styleHeader(addSafe(ws, headers));
  for (const s of ledger.sections) {
    const row = addSafe(ws, [s.id, s.level, s.marker, s.title, s.kind ? KIND[s.kind] : '', s.position.start.line]);
    row.eachCell({ includeEmpty: true }, (c, col) => {
      c.font = { name: FONT, size: 10.5, bold: s.level === 1 };
      c.border = BORDER;
      c.alignment = { vertical: 'middle', wrapText: true, indent: col === 4 ? s.level - 1 : 0 };
    });
    fitHeight(row, widths.map((w, i) => (i === 3 ? w - 2 * (s.level - 1) : w)));
  }
  pageSetup(ws, '1:2');
}

function infoSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('说明');
  ws.columns = [{ width: 16 }, { width: 90 }];
  const rows: [string, string | number][] = [
    ['方案标题', ledger.title ?? '（未识别）'],
    ['源文件', ledger.source.path],
    ['SHA-256', ledger.source.sha256],
    ['文件编码', ledger.source.encoding],
    ['方案年份', ledger.year ?? '（未识别）'],
    ['统一完成时限', ledger.defaultDeadline ? `${ledger.defaultDeadline.text}（未写明时限的任务沿用，斜体显示）` : '无'],
    ['生成时间', localTime(madeAt())],
    ['生成工具', `plan2ledger ${VERSION}`],
    ['条目 / 任务 / 目标', `${ledger.sections.length} / ${ledger.tasks.length} / ${ledger.goals.length}`],
  ];
  for (const r of rows) {
    const row = addSafe(ws, r);
    row.getCell(1).font = { name: FONT, bold: true };
    row.getCell(2).alignment = { wrapText: true };
    fitHeight(row, [16, 90]);
  }
  addSafe(ws, []);
  styleHeader(addSafe(ws, ['提示', '内容']));
  if (!ledger.diagnostics.length) addSafe(ws, ['', '无']);
  for (const d of ledger.diagnostics) addSafe(ws, [`第${d.line}行`, `${d.message}（${d.ruleId}）`]);
  ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } };
  ws.headerFooter = { oddFooter: '&C说明 第 &P 页' };
}

/** When the workbook is made: now, or SOURCE_DATE_EPOCH (seconds) for reproducible bytes. */
export function madeAt(): Date {
  const e = process.env.SOURCE_DATE_EPOCH;
  return e && /^\d+$/.test(e) ? new Date(Number(e) * 1000) : new Date();
}

/**
 * A time as offices read it, in local time: 2024年6月30日 14:05. Local is the zone TZ names, in any form
 * the system takes (Asia/Shanghai, or the POSIX CST-8 of many Chinese servers), read by Date itself;
 * without TZ, China Standard Time (UTC+8, without summer time since 1991). (Intl.DateTimeFormat refused
 * a POSIX zone with an exception, and loading its locale data cost 40 ms of every workbook.)
 */
export function localTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  if (process.env.TZ) return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
  const c = new Date(d.getTime() + 8 * 3600_000);
  return `${c.getUTCFullYear()}年${c.getUTCMonth() + 1}月${c.getUTCDate()}日 ${two(c.getUTCHours())}:${two(c.getUTCMinutes())}`;
}

/** The workbook of a ledger. */
export function buildWorkbook(ledger: Ledger): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `plan2ledger ${VERSION}`;
  wb.created = wb.modified = madeAt();
  wb.title = `${sheetTitle(ledger)}任务台账`;
  printSheet(wb, ledger);
  dataSheet(wb, ledger);
  goalSheet(wb, ledger);
  outlineSheet(wb, ledger);
  infoSheet(wb, ledger);
  return wb;
}

/**
 * The workbook's zip, compressed by fflate, each entry dated `at`, in a fixed order: with SOURCE_DATE_EPOCH
 * the same ledger gives the same bytes. exceljs writes its entries stored (its own zip, JSZip with pako,
 * spent 40 ms of a seed's workbook compressing, most of it setting up a compressor for each entry).
 */
function zipped(stored: Uint8Array, at: Date): Uint8Array {
  const files = unzipSync(stored);
  const out: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const name of Object.keys(files).sort()) out[name] = [files[name], { mtime: at, level: 6 }];
  return zipSync(out);
}

const xlsx: Exporter = {
  extension: '.xlsx',
  binary: true,
  render: async (ledger) => {
    const stored = await buildWorkbook(ledger).xlsx.writeBuffer({ zip: { compression: 'STORE' } });
    return zipped(new Uint8Array(stored), madeAt());
  },
};
export default xlsx;
