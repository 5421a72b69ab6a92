import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { buildWorkbook, STATUS } from '../src/export/xlsx.js';
import { loadExporter } from '../src/export/index.js';
import { csvCell } from '../src/export/csv.js';
import { TASK_HEADERS } from '../src/export/rows.js';
import { ledgerOf } from './helpers.js';

const PLAN = [
  '2023年重点工作方案',
  '一、工作目标',
  '（一）党组织覆盖率达到92%以上。',
  '二、主要任务',
  '（一）加强组织建设',
  '1.健全制度。县委组织部要于6月底前完成，每月调度1次。',
  '2.完善台账。（县委办牵头，县财政局配合）',
  '（二）强化督查指导',
  '3.开展督查。=SUM(A1)各乡镇每季度报告。',
  '三、保障措施',
  '（一）加强领导。确保各项任务在今年12月前全面完成。',
  '（二）强化宣传。',
].join('\n');

async function readBack() {
  const ledger = ledgerOf(PLAN, '方案.txt');
  const bytes = (await (await loadExporter('xlsx'))!.render(ledger)) as Uint8Array;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { ledger, wb };
}

describe('xlsx 台账', () => {
  it('has the four sheets, a title row and the header', async () => {
    const { wb } = await readBack();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务台账', '目标指标', '文档结构', '说明']);
    const ws = wb.getWorksheet('任务台账')!;
    expect(ws.getCell('A1').value).toBe('2023年重点工作方案任务台账');
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(TASK_HEADERS);
    expect(ws.getRow(2).getCell(1).font?.bold).toBe(true);
  });

  it('writes one row per task with units, deadlines and cadence', async () => {
    const { wb, ledger } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    expect(ws.rowCount).toBe(2 + ledger.tasks.length);
    const row = ws.getRow(3);
    expect(row.getCell(4).value).toBe('健全制度');
    expect(row.getCell(6).value).toBe('县委组织部');
    expect(row.getCell(9).value).toBe('6月底前');
    expect(row.getCell(11).value).toBe('每月');
    const r4 = ws.getRow(4);
    expect([r4.getCell(6).value, r4.getCell(7).value]).toEqual(['县委办', '县财政局']);
  });

  it('stores 截止日期 as real date cells in a Chinese date format', async () => {
    const { wb } = await readBack();
    const cell = wb.getWorksheet('任务台账')!.getRow(3).getCell(10);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe('2023-06-30');
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it('marks an inherited plan-wide deadline', async () => {
    const { wb, ledger } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    const i = ledger.tasks.findIndex((t) => t.id === '3.2');
    expect(ws.getRow(3 + i).getCell(9).value).toBe('今年12月前（全文统一时限）');
    expect((ws.getRow(3 + i).getCell(10).value as Date).toISOString().slice(0, 10)).toBe('2023-11-30');
  });

  it('merges consecutive rows of the same 一级 and 二级 task', async () => {
    const { wb } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A1:N1');
    expect(merges).toContain('B3:B5'); // 主要任务 over three rows
    expect(merges).toContain('C3:C4'); // 加强组织建设 over two
    expect(merges).toContain('B6:B7'); // 保障措施
  });

  it('offers the 完成情况 dropdown', async () => {
    const { wb } = await readBack();
    const v = wb.getWorksheet('任务台账')!.getRow(3).getCell(12).dataValidation;
    expect(v.type).toBe('list');
    expect(v.formulae).toEqual([`"${STATUS.join(',')}"`]);
  });

  it('is laid out for print: A4 landscape, fit to width, repeated header rows, page numbers, frozen header, filter', async () => {
    const { wb } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('1:2');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(5).width).toBeGreaterThanOrEqual(40);
  });

  it('fills 目标指标, 文档结构 and 说明', async () => {
    const { wb, ledger } = await readBack();
    const goals = wb.getWorksheet('目标指标')!;
    expect(goals.getRow(3).getCell(5).value).toBe('达到92%以上');
    expect(goals.getRow(3).getCell(6).value).toBe(92);
    const outline = wb.getWorksheet('文档结构')!;
    expect(outline.rowCount).toBe(2 + ledger.sections.length);
    expect(outline.getRow(4).getCell(4).alignment?.indent).toBe(1); // 1.1 under 一、
    const info = wb.getWorksheet('说明')!;
    const text = info.getSheetValues().flat().join(' ');
    expect(text).toContain(ledger.source.sha256);
    expect(text).toContain('2023');
  });

  it('builds a workbook without reading from disk', () => {
    expect(buildWorkbook(ledgerOf(PLAN)).worksheets).toHaveLength(4);
  });
});

describe('text formats carry the same tasks as the ledger', () => {
  it('CSV: UTF-8 with BOM, one row per task, formulas neutralised', async () => {
    const ledger = ledgerOf(PLAN);
    const csv = (await (await loadExporter('csv'))!.render(ledger)) as string;
    expect(csv.startsWith('\ufeff序号,一级任务')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + ledger.tasks.length);
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
  });

  it('Markdown: a table with a row per task and escaped pipes', async () => {
    const ledger = ledgerOf(PLAN.replace('完善台账', '完善台账|清单'));
    const md = (await (await loadExporter('md'))!.render(ledger)) as string;
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + ledger.tasks.length);
    expect(md).toContain('完善台账\\|清单');
  });

  it('YAML and JSON: the same schema-valid ledger', async () => {
    const ledger = ledgerOf(PLAN);
    const y = parseYaml((await (await loadExporter('yaml'))!.render(ledger)) as string);
    const j = JSON.parse((await (await loadExporter('json'))!.render(ledger)) as string);
    expect(y).toEqual(j);
    expect(j.tasks.map((t: { id: string }) => t.id)).toEqual(ledger.tasks.map((t) => t.id));
  });
});
