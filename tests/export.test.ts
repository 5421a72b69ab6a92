import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { buildWorkbook, localTime, STATUS } from '../src/export/xlsx.js';
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
  it('has a 二级任务 and a 责任人 column when the plan has them', () => {
    const l = ledgerOf('一、党的建设\n（一）组织建设\n1.健全制度。县委书记负责。\n（二）督查\n2.开展督查。\n', 'p.txt');
    const ws = buildWorkbook(l).getWorksheet('任务台账')!;
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '一级任务', '二级任务', '工作内容', '牵头单位', '配合单位', '责任人', '完成时限', '进展情况', '备注']);
  });

  it('has the print view, the data sheet and three more, titled by the plan', async () => {
    const { wb } = await readBack();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务台账', '台账数据', '目标指标', '文档结构', '说明']);
    const ws = wb.getWorksheet('任务台账')!;
    expect(ws.getCell('A1').value).toBe('2023年重点工作方案任务台账');
    expect(String(ws.getCell('A2').value)).toMatch(/^填报单位：.*联系人：.*填报日期：/);
    // this plan has no second level below its groups, and no 责任人: those columns are left out
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '一级任务', '工作内容', '牵头单位', '配合单位', '完成时限', '进展情况', '备注']);
    expect(ws.getRow(3).getCell(1).font?.bold).toBe(true);
  });

  it('prints at a readable size: 10.5 pt, widths that fit A4 landscape at 100 %, a print area', async () => {
    const { wb } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    const widths = Array.from({ length: 8 }, (_, k) => ws.getColumn(k + 1).width ?? 0);
    // LibreOffice's wider unit (about 2.4 mm) across A4 landscape with 0.4-inch margins (277 mm): no scaling
    expect(widths.reduce((a, w) => a + w, 0) * 2.4).toBeLessThanOrEqual(277);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(40); // 工作内容
    expect(ws.getColumn(7).width).toBeGreaterThanOrEqual(14); // 进展情况, to write in
    // (exceljs reads sizes back as whole numbers: the built workbook says what is written)
    expect(buildWorkbook(ledgerOf(PLAN, '方案.txt')).getWorksheet('任务台账')!.getRow(4).getCell(3).font?.size).toBeGreaterThanOrEqual(10.5);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
    expect(ws.pageSetup.printArea).toBe('A1:H8'); // the title, the 填报 line, the header and 5 tasks
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });

  it('writes one row per task with the groups a clerk means, units, deadlines with their dates', async () => {
    const { wb, ledger } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    expect(ws.rowCount).toBe(3 + ledger.tasks.length);
    const row = ws.getRow(4);
    // 主要任务 only holds the groups: the first-level task is 加强组织建设
    expect(row.getCell(2).value).toBe('加强组织建设');
    expect(row.getCell(3).value).toBe('健全制度。县委组织部要于6月底前完成，每月调度1次。');
    expect(row.getCell(4).value).toBe('县委组织部');
    expect(row.getCell(6).value).toBe('6月底前（2023年6月30日）');
    const r5 = ws.getRow(5);
    expect([r5.getCell(4).value, r5.getCell(5).value]).toEqual(['县委办', '县财政局']);
    // a group's label again on its next row, in grey
    expect(r5.getCell(2).value).toBe('加强组织建设');
    expect(r5.getCell(2).font?.color?.argb).toBe('FF8C8C8C');
  });

  it('never merges body cells (a merge would break across pages)', async () => {
    const { wb } = await readBack();
    const merges = (wb.getWorksheet('任务台账')!.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(['A1:H1', 'A2:H2']);
  });

  it('marks an inherited plan-wide deadline', async () => {
    const { wb, ledger } = await readBack();
    const ws = wb.getWorksheet('任务台账')!;
    const i = ledger.tasks.findIndex((t) => t.id === '3.2');
    expect(ws.getRow(4 + i).getCell(6).value).toBe('今年12月前（全文统一时限）（2023年11月30日）');
    expect(ws.getRow(4 + i).getCell(6).font?.italic).toBe(true);
  });

  it('keeps every field in 台账数据: real date cells, the 完成情况 list, a stable task key, a filter', async () => {
    const { wb } = await readBack();
    const ws = wb.getWorksheet('台账数据')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['任务编号', '任务键', ...TASK_HEADERS.slice(1)]);
    const cell = ws.getRow(2).getCell(headers.indexOf('截止日期') + 1);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe('2023-06-30');
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
    const v = ws.getRow(2).getCell(headers.indexOf('完成情况') + 1).dataValidation;
    expect(v.type).toBe('list');
    expect(v.formulae).toEqual([`"${STATUS.join(',')}"`]);
    expect(String(ws.getRow(2).getCell(2).value)).toMatch(/^[0-9a-f]{12}$/);
    expect(ws.autoFilter).toBeTruthy();
  });

  it('fills 目标指标, 文档结构 and 说明, each with its own print setup', async () => {
    const { wb, ledger } = await readBack();
    const goals = wb.getWorksheet('目标指标')!;
    expect(goals.getRow(3).getCell(5).value).toBe('达到92%以上');
    expect(goals.getRow(3).getCell(6).value).toBe(92);
    expect(goals.getRow(3).getCell(1).alignment?.horizontal).toBe('center');
    const outline = wb.getWorksheet('文档结构')!;
    expect(outline.rowCount).toBe(2 + ledger.sections.length);
    expect(outline.getRow(4).getCell(4).alignment?.indent).toBe(1); // 1.1 under 一、
    const info = wb.getWorksheet('说明')!;
    const text = info.getSheetValues().flat().join(' ');
    expect(text).toContain(ledger.source.sha256);
    expect(text).toMatch(/生成时间 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    for (const w of wb.worksheets) expect(w.pageSetup.paperSize, w.name).toBe(9);
    expect(info.pageSetup.orientation).toBe('portrait');
  });

  it('writes the same bytes twice with SOURCE_DATE_EPOCH, in local time', async () => {
    const ledger = ledgerOf(PLAN, '方案.txt');
    const xlsx = (await loadExporter('xlsx'))!;
    process.env.SOURCE_DATE_EPOCH = '1719705600'; // 2024-06-30T00:00:00Z
    try {
      const a = Buffer.from((await xlsx.render(ledger)) as Uint8Array);
      await new Promise((r) => setTimeout(r, 1100));
      const b = Buffer.from((await xlsx.render(ledger)) as Uint8Array);
      expect(a.equals(b)).toBe(true);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(a as unknown as ArrayBuffer);
      expect(wb.getWorksheet('说明')!.getSheetValues().flat().join(' ')).toContain('2024年6月30日 08:00');
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });

  it.each([
    [undefined, '2024年6月30日 08:00'], // without TZ: China Standard Time
    ['Asia/Shanghai', '2024年6月30日 08:00'],
    ['CST-8', '2024年6月30日 08:00'], // the POSIX form many Chinese servers set (Intl refused it)
    ['UTC', '2024年6月30日 00:00'],
    ['America/New_York', '2024年6月29日 20:00'],
  ])('writes the time made in local time, TZ=%s', (tz, shown) => {
    const saved = process.env.TZ;
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
    try {
      expect(localTime(new Date(1719705600_000))).toBe(shown);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('names a plan without a title by its file, never by a hash-like stem', () => {
    const named = ledgerOf('一、任务\n（一）加强宣传。\n', '宣传方案.txt');
    expect(buildWorkbook(named).getWorksheet('任务台账')!.getCell('A1').value).toBe('宣传方案任务台账');
    const hashed = ledgerOf('一、任务\n（一）加强宣传。\n', '000_781cf7a66a41b1aa.txt');
    expect(buildWorkbook(hashed).getWorksheet('任务台账')!.getCell('A1').value).toBe('任务台账');
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

describe('JSON in pieces', () => {
  it('is the same text as JSON.stringify, for plans of every shape', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { jsonPieces } = await import('../src/export/json.js');
    const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));
    // the seeds one after another, ten times: a ledger far larger than one piece
    const archive = Array.from({ length: 10 }, () => seeds.join('\n\n')).join('\n\n');
    const texts = [PLAN, ...seeds, '一、任务\n（一）甲。\n', archive];
    for (const t of texts) {
      const l = ledgerOf(t);
      const whole = JSON.stringify(l, null, 2) + '\n';
      const pieces = [...jsonPieces(l)];
      expect(pieces.join('')).toBe(whole);
      // a piece is either a batch of up to 128 elements of an array as stringified (never appended to, which
      // would copy it again when written) or the short text between batches: few writes, no copies
      const arrays = [l.sections, l.tasks, l.goals, l.diagnostics].filter((a) => a.length);
      const batches = arrays.reduce((n, a) => n + Math.ceil(a.length / 128), 0);
      expect(pieces.length).toBe(2 * batches + 1);
      expect(pieces.filter((_, i) => i % 2 === 0).every((p) => p.length < 400)).toBe(true);
      if (t === archive) expect(batches).toBeGreaterThan(3);
    }
  });
});
