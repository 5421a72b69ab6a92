/**
 * The 台账 workbook a clerk can hand to a leader, print and fill in every month: sheet 任务台账 (merged
 * 一级/二级 rows, real date cells, a 完成情况 dropdown, A4 landscape with repeated header rows and page
 * numbers), 目标指标, 文档结构 and 说明.
 */
import ExcelJS from 'exceljs';
import type { Ledger } from '../types.js';
import type { Exporter } from './index.js';
import { cellText, deadlineText, extraHeaders, frequencyName, lastDate, levels, planName, TASK_HEADERS } from './rows.js';
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
    const per = Math.max(1, (widths[col - 1] ?? 10) - 1);
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
  c.value = text;
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
  ws.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}

/** Merges runs of equal values in `col` (rows first..last), the way a clerk lays out 一级/二级任务. */
function mergeRuns(ws: ExcelJS.Worksheet, col: number, first: number, last: number, values: string[]): void {
  let start = first;
  for (let r = first + 1; r <= last + 1; r++) {
    const prev = values[start - first];
    const cur = r <= last ? values[r - first] : undefined;
    if (cur !== prev || r > last) {
      if (r - 1 > start && prev) ws.mergeCells(start, col, r - 1, col);
      start = r;
    }
  }
}

function taskSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('任务台账', { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
  // a task table's own columns (市卫健委内牵头处室 …) follow the standard ones
  const extra = extraHeaders(ledger);
  const headers = [...TASK_HEADERS, ...extra];
  const widths = [...WIDTHS, ...extra.map(() => 16)];
  ws.columns = widths.map((width) => ({ width }));
  titleRow(ws, `${planName(ledger)}任务台账`, headers.length);
  styleHeader(ws.addRow(headers));
  const l1: string[] = [];
  const l2: string[] = [];
  ledger.tasks.forEach((t, i) => {
    const [a, b, c] = levels(t);
    const date = lastDate(t);
    const row = ws.addRow([
      i + 1,
      a,
      b,
      c,
      t.text,
      t.units.lead.join('、'),
      t.units.support.join('、'),
      t.owners.join('、'),
      deadlineText(t),
      date ? new Date(`${date}T00:00:00Z`) : null,
      t.frequency.map(frequencyName).join('、'),
      null,
      t.unitsInherited ? '责任单位沿用上级条目' : null,
      `第${t.position.start.line}行（${t.id}）`,
      ...extra.map((h) => t.columns?.[h] ?? null),
    ]);
    l1.push(a);
    l2.push(`${a}\u0000${b}`);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 10.5 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: col === 1 || col === 10 || col === 12 ? 'center' : 'left' };
    });
    row.getCell(10).numFmt = DATE_FMT;
    fitHeight(row, widths);
    if (!t.deadlines.length && t.inheritedDeadline) row.getCell(9).font = { name: FONT, size: 10.5, italic: true, color: { argb: 'FF7F7F7F' } };
    row.getCell(12).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${STATUS.join(',')}"`],
      showErrorMessage: true,
      errorTitle: '完成情况',
      error: `请选择：${STATUS.join('、')}`,
    };
  });
  const first = 3;
  const last = 2 + ledger.tasks.length;
  if (ledger.tasks.length > 1) {
    mergeRuns(ws, 2, first, last, l1);
    mergeRuns(ws, 3, first, last, l2.map((v) => (v.endsWith('\u0000') ? '' : v)));
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: Math.max(2, last), column: headers.length } };
  pageSetup(ws, '1:2');
}

function goalSheet(wb: ExcelJS.Workbook, ledger: Ledger): void {
  const ws = wb.addWorksheet('目标指标', { views: [{ state: 'frozen', ySplit: 2 }] });
  const headers = ['序号', '编号', '目标', '内容', '指标原文', '数值', '单位', '比较'];
  const widths = [6, 10, 30, 60, 24, 10, 10, 8];
  ws.columns = widths.map((width) => ({ width }));
  titleRow(ws, `${planName(ledger)}目标指标`, headers.length);
  styleHeader(ws.addRow(headers));
  let n = 0;
  const sources = [...ledger.goals.map((g) => ({ ...g, from: '目标' })), ...ledger.tasks.filter((t) => t.metrics?.length).map((t) => ({ ...t, metrics: t.metrics!, from: '任务' }))];
  for (const g of sources) {
    const ms = g.metrics.length ? g.metrics : [null];
    for (const m of ms) {
      const row = ws.addRow([++n, g.id, g.title, g.text, m?.text ?? '', m?.value ?? null, m?.unit ?? '', m ? m.comparator.replace('>=', '≥').replace('<=', '≤') : '']);
      row.eachCell({ includeEmpty: true }, (c) => {
        c.font = { name: FONT, size: 10.5 };
        c.border = BORDER;
        c.alignment = { vertical: 'middle', wrapText: true };
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
  titleRow(ws, `${planName(ledger)}文档结构`, headers.length);
  styleHeader(ws.addRow(headers));
  for (const s of ledger.sections) {
    const row = ws.addRow([s.id, s.level, s.marker, s.title, s.kind ? KIND[s.kind] : '', s.position.start.line]);
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
    ['生成时间', new Date().toISOString()],
    ['生成工具', `plan2ledger ${VERSION}`],
    ['条目 / 任务 / 目标', `${ledger.sections.length} / ${ledger.tasks.length} / ${ledger.goals.length}`],
  ];
  for (const r of rows) {
    const row = ws.addRow(r);
    row.getCell(1).font = { name: FONT, bold: true };
    row.getCell(2).alignment = { wrapText: true };
    fitHeight(row, [16, 90]);
  }
  ws.addRow([]);
  styleHeader(ws.addRow(['提示', '内容']));
  if (!ledger.diagnostics.length) ws.addRow(['', '无']);
  for (const d of ledger.diagnostics) ws.addRow([`第${d.line}行`, `${d.message}（${d.ruleId}）`]);
}

/** The workbook of a ledger. */
export function buildWorkbook(ledger: Ledger): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `plan2ledger ${VERSION}`;
  wb.title = `${planName(ledger)}任务台账`;
  taskSheet(wb, ledger);
  goalSheet(wb, ledger);
  outlineSheet(wb, ledger);
  infoSheet(wb, ledger);
  return wb;
}

const xlsx: Exporter = {
  extension: '.xlsx',
  binary: true,
  // every string made safe for a cell once (no control characters, at most 32,767 characters)
  render: async (ledger) => new Uint8Array(await buildWorkbook(JSON.parse(JSON.stringify(ledger), (_k, v) => (typeof v === 'string' ? cellText(v) : v))).xlsx.writeBuffer()),
};
export default xlsx;
