import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { ledgerOf, noPos } from './helpers.js';
import { columnRole } from '../src/parse/tables.js';
import { splitCell } from '../src/extract/table.js';
import COLUMNS from '../src/lexicon/table-columns.json' with { type: 'json' };

const INTRO = '2023年重点任务分工方案\n一、总体要求\n按照部署，制定本方案。\n二、主要任务\n（一）抓好落实。各部门要抓好落实。\n\n附件\n重点任务分工表\n\n';

/** `id title | lead | support | deadline dates` of each task in part 2 (the annex). */
function rows(text: string): string[] {
  return ledgerOf(text)
    .tasks.filter((t) => t.id.startsWith('2:'))
    .map((t) => `${t.id} ${t.title} | ${t.units.lead.join('、')} | ${t.units.support.join('、')} | ${t.deadlines.map((d) => d.date).join(',')}`);
}

describe('the column lexicon', () => {
  it.each([
    ['序号', 'index'],
    ['工作任务', 'task'],
    ['具体措施', 'task'],
    ['牵头单位', 'lead'],
    ['责任单位', 'lead'],
    ['配合单位', 'support'],
    ['责任人', 'owner'],
    ['完成时限', 'time'],
    ['时间节点', 'time'],
    ['领域', 'group'],
    ['二级指标', 'indicator'],
    ['市卫健委内牵头处室', 'other'],
    ['完成時限', 'time'], // traditional characters
  ])('%s is a %s column', (h, role) => expect(columnRole(h)).toBe(role));

  it('gives each header one role', () => {
    const all = Object.entries(COLUMNS).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => v as string[]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('cells of names', () => {
  it.each([
    ['市卫生健康委、市人社局', ['市卫生健康委', '市人社局']],
    ['药政处，中医药处、人事处', ['药政处', '中医药处', '人事处']],
    ['各县（市、区）政府；市财政局', ['各县（市、区）政府', '市财政局']],
    ['/', []],
    ['—', []],
    ['无', []],
    ['無', []],
    ['暫無', []],
  ])('%s', (cell, names) => expect(splitCell(cell)).toEqual(names));
});

describe('a task table flattened one cell per line', () => {
  const header = '序号\n工作任务\n具体措施\n牵头单位\n配合单位\n完成时限\n';
  it('with blank lines between rows: numbered rows, continuation rows as children', () => {
    const text =
      INTRO +
      header +
      '\n1\n优化营商环境。\n推行一网通办，压缩审批时限。\n县政务服务中心\n县发改委、县司法局\n2023年6月底前\n' +
      '\n深化“放管服”改革，清理证明事项。\n县司法局\n/\n2023年底前\n' +
      '\n2\n加强项目建设。\n建立重点项目台账，每月调度一次。\n县发改委\n县财政局\n长期坚持\n';
    expect(rows(text)).toEqual([
      '2:1.1 推行一网通办，压缩审批时限 | 县政务服务中心 | 县发改委、县司法局 | 2023-06-30',
      '2:1.2 深化“放管服”改革，清理证明事项 | 县司法局 |  | 2023-12-31',
      '2:2 加强项目建设 | 县发改委 | 县财政局 | ',
    ]);
    const l = ledgerOf(text);
    const sec = l.sections.filter((s) => s.id.startsWith('2:')).map((s) => `${s.id} ${s.marker} ${s.title}`);
    expect(sec).toEqual(['2:1 1 优化营商环境', '2:1.1  推行一网通办，压缩审批时限', '2:1.2  深化“放管服”改革，清理证明事项', '2:2 2 加强项目建设']);
    const t2 = l.tasks.find((t) => t.id === '2:2')!;
    expect(t2.source).toBe('table');
    expect(noPos(t2.deadlines)).toEqual([{ text: '长期坚持', date: null }]);
    expect(t2.frequency).toEqual(['monthly']);
    expect(t2.text).toBe('加强项目建设。\n建立重点项目台账，每月调度一次。');
    // where the table's header stands
    expect(t2.table!.header.start.line).toBe(text.slice(0, text.indexOf('序号')).split('\n').length);
    // the body task keeps what its own text says
    expect(l.tasks.find((t) => t.id === '2.1')!.units.lead).toEqual(['各部门']);
  });

  it('without blank lines: rows found from the 序号 cells and the cell counts', () => {
    const text =
      INTRO +
      header +
      '1\n优化营商环境。\n推行一网通办。\n县政务服务中心\n县发改委\n6月底前\n深化改革。\n县司法局\n/\n年底前\n' +
      '2\n加强项目建设。\n建立项目台账。\n县发改委\n县财政局\n9月底前\n';
    expect(rows(text)).toEqual(['2:1.1 推行一网通办 | 县政务服务中心 | 县发改委 | 2023-06-30', '2:1.2 深化改革 | 县司法局 |  | 2023-12-31', '2:2 加强项目建设 | 县发改委 | 县财政局 | 2023-09-30']);
  });

  it('with blank lines between every cell', () => {
    const text = INTRO + header.replace(/\n/g, '\n\n') + '1\n\n优化营商环境。\n\n推行一网通办。\n\n县政务服务中心\n\n县发改委\n\n6月底前\n\n2\n\n加强项目建设。\n\n建立项目台账。\n\n县发改委\n\n县财政局\n\n9月底前\n';
    expect(rows(text)).toEqual(['2:1 优化营商环境 | 县政务服务中心 | 县发改委 | 2023-06-30', '2:2 加强项目建设 | 县发改委 | 县财政局 | 2023-09-30']);
  });

  it('joins a cell wrapped over two lines (a trailing 、)', () => {
    const text = INTRO + header + '\n1\n优化营商环境。\n推行一网通办。\n县政务服务中心\n县发改委、\n县司法局\n6月底前\n\n2\n加强项目建设。\n建立项目台账。\n县发改委\n县财政局\n9月底前\n';
    expect(rows(text)[0]).toBe('2:1 优化营商环境 | 县政务服务中心 | 县发改委、县司法局 | 2023-06-30');
  });

  it('keeps a grouping column as a field, and extra columns on the task', () => {
    const text = INTRO + '序号\n领域\n工作任务\n责任单位\n内部处室\n\n1\n营商环境\n推行一网通办。\n县政务服务中心\n审批科\n\n2\n营商环境\n清理证明事项。\n县司法局\n法规科\n';
    const l = ledgerOf(text);
    const t = l.tasks.filter((x) => x.id.startsWith('2:'));
    expect(t.map((x) => `${x.id} ${x.title} ${x.units.lead}`)).toEqual(['2:1 推行一网通办 县政务服务中心', '2:2 清理证明事项 县司法局']);
    expect(t[0].columns).toEqual({ 领域: '营商环境', 内部处室: '审批科' });
  });

  it('makes a group row that spans the table a section over its rows', () => {
    const text = INTRO + header + '\n一、营商环境基础任务\n\n1\n优化营商环境。\n推行一网通办。\n县政务服务中心\n县发改委\n6月底前\n\n二、项目建设任务\n\n1\n加强项目建设。\n建立项目台账。\n县发改委\n县财政局\n9月底前\n';
    const l = ledgerOf(text);
    expect(l.sections.filter((s) => s.id.startsWith('2:')).map((s) => `${s.id} ${s.title}`)).toEqual(['2:1 营商环境基础任务', '2:1.1 优化营商环境', '2:2 项目建设任务', '2:2.1 加强项目建设']);
  });

  it('reads numbered lists inside a cell as cell text, never as sections or parts', () => {
    const text = INTRO + header + '\n1\n优化营商环境。\n1.推行一网通办；\n2.压缩审批时限。\n县政务服务中心\n县发改委\n6月底前\n\n2\n加强项目建设。\n建立项目台账。\n县发改委\n县财政局\n9月底前\n';
    const l = ledgerOf(text);
    expect(l.sections.map((s) => s.id)).toEqual(['1', '2', '2.1', '2:1', '2:2']);
    expect(l.tasks.find((t) => t.id === '2:1')!.units.lead).toEqual(['县政务服务中心']);
  });

  it('says so when a row does not fit the header, and goes on', () => {
    const text = INTRO + header + '\n1\n优化营商环境。\n推行一网通办。\n县政务服务中心\n6月底前\n\n2\n加强项目建设。\n建立项目台账。\n县发改委\n县财政局\n9月底前\n';
    const l = ledgerOf(text);
    const d = l.diagnostics.find((x) => x.ruleId === 'table-row-misfit')!;
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('应有 5 个单元格，实有 4 个');
    expect(d.line).toBe(text.slice(0, text.indexOf('\n1\n') + 1).split('\n').length + 1);
    expect(rows(text)[1]).toBe('2:2 加强项目建设 | 县发改委 | 县财政局 | 2023-09-30');
  });
});

describe('a task table with its columns on one line', () => {
  it('tab-separated, continuation rows with their merged cells left empty', () => {
    const text = INTRO + '序号\t工作任务\t具体措施\t牵头单位\t完成时限\n1\t优化营商环境\t推行一网通办。\t县政务服务中心\t6月底前\n\t\t深化改革。\t县司法局\t年底前\n2\t加强项目建设\t建立项目台账。\t县发改委\t9月底前\n';
    expect(rows(text)).toEqual(['2:1.1 推行一网通办 | 县政务服务中心 |  | 2023-06-30', '2:1.2 深化改革 | 县司法局 |  | 2023-12-31', '2:2 加强项目建设 | 县发改委 |  | 2023-09-30']);
  });

  it('separated by wide spaces', () => {
    const text = INTRO + '序号    工作任务          责任单位        完成时限\n1       推行一网通办      县政务服务中心  6月底前\n2       建立项目台账      县发改委        9月底前\n';
    expect(rows(text)).toEqual(['2:1 推行一网通办 | 县政务服务中心 |  | 2023-06-30', '2:2 建立项目台账 | 县发改委 |  | 2023-09-30']);
  });

  it('a Markdown pipe table', () => {
    const md = INTRO.replace(/^/gm, '') + '| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 推行一网通办。 | 县政务服务中心 | 县发改委 |\n| 2 | 建立项目台账。 | 县发改委 | / |\n';
    const l = ledgerOf(md, 'plan.md');
    expect(l.tasks.filter((t) => t.id.startsWith('2:')).map((t) => `${t.id} ${t.title} ${t.units.lead}|${t.units.support}`)).toEqual(['2:1 推行一网通办 县政务服务中心|县发改委', '2:2 建立项目台账 县发改委|']);
  });
});

describe('tables in the body and indicator tables', () => {
  it('a table inside a section: its rows are that section\'s children', () => {
    const text = '一、总体要求\n全面落实。\n二、重点任务\n各项任务分工如下：\n序号\n工作任务\n牵头单位\n\n1\n推行一网通办。\n县政务服务中心\n\n2\n建立项目台账。\n县发改委\n\n三、保障措施\n（一）加强领导。县委办要统筹。\n';
    const l = ledgerOf(text);
    expect(l.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 总体要求', '2 重点任务', '2.1 推行一网通办', '2.2 建立项目台账', '3 保障措施', '3.1 加强领导']);
    expect(l.tasks.find((t) => t.id === '2.2')!.units.lead).toEqual(['县发改委']);
  });

  it('leaves an indicator table to the outline: its numbered rows are goals, lists in its cells are text', () => {
    const text =
      '一、主要任务\n（一）做好签约。各区要做好签约。\n\n附件\n签约服务质量监测指标体系\n\n一级指标\n二级指标\n评价标准\n\n签约数量\n1.重点人群签约覆盖率\n较上一年增加。\n\n2.签约服务覆盖率\n每年增加1个百分点。\n考察：\n1.是否建立制度；\n2.查看平台。\n\n3.续约率\n较上一年增加。\n';
    const l = ledgerOf(text);
    expect(l.sections.filter((s) => s.id.startsWith('2:')).map((s) => `${s.id} ${s.kind} ${s.title}`)).toEqual(['2:1 goal 重点人群签约覆盖率', '2:2 goal 签约服务覆盖率', '2:3 goal 续约率']);
    expect(l.goals.map((g) => g.id)).toEqual(['2:1', '2:2', '2:3']);
    expect(l.tasks.map((t) => t.id)).toEqual(['1.1']);
  });
});

const PLAN_063 = '../shared/corpus/dev/plan-063.txt';
describe.skipIf(!existsSync(PLAN_063))('plan-063: a 任务分工表 of 24 numbered rows in its second annex', () => {
  it('reads every row of the table part', () => {
    const l = ledgerOf(readFileSync(PLAN_063, 'utf8'), 'plan-063.txt');
    const part = l.sections.filter((s) => s.id.startsWith('3:'));
    expect(part.filter((s) => s.level === 1)).toHaveLength(24);
    expect(part).toHaveLength(47);
    const tasks = l.tasks.filter((t) => t.id.startsWith('3:'));
    expect(tasks).toHaveLength(39);
    expect(tasks.every((t) => t.source === 'table' && t.units.lead.length > 0)).toBe(true);
    const t = tasks.find((x) => x.id === '3:1.2')!;
    expect(t.units).toEqual({ lead: ['各区政府'], support: ['市卫生健康委', '市人社局'] });
    expect(t.columns).toEqual({ 市卫健委内牵头处室: '人事处', 市卫健委内配合处室: '基层处' });
  });
});

describe('the workbook keeps a table\'s extra columns after the standard ones', () => {
  it('xlsx and CSV', async () => {
    const { loadExporter } = await import('../src/export/index.js');
    const { TASK_HEADERS } = await import('../src/export/rows.js');
    const ExcelJS = (await import('exceljs')).default;
    const l = ledgerOf(INTRO + '序号\n工作任务\n责任单位\n内部处室\n\n1\n推行一网通办。\n县政务服务中心\n审批科\n\n2\n清理证明事项。\n县司法局\n法规科\n');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await (await loadExporter('xlsx'))!.render(l)) as Uint8Array) as unknown as ArrayBuffer);
    // on the data sheet, after 任务编号, 任务键 and the standard columns
    const ws = wb.getWorksheet('台账数据')!;
    expect(ws.getRow(1).getCell(TASK_HEADERS.length + 2).value).toBe('内部处室');
    const rows = [2, 3, 4].map((r) => ws.getRow(r).getCell(TASK_HEADERS.length + 2).value);
    expect(rows).toEqual([null, '审批科', '法规科']);
    const csv = String(await (await loadExporter('csv'))!.render(l));
    expect(csv.split('\r\n')[0].endsWith(',内部处室')).toBe(true);
    expect(csv.split('\r\n')[2].endsWith(',审批科')).toBe(true);
  });
});

describe('a table restating the plan\'s items', () => {
  it('gives a row the kind of the body section that holds the same item', () => {
    const text = '一、主要任务\n（一）推行一网通办。县政务服务中心负责。\n二、保障措施\n（一）加强组织领导。县委办负责。\n\n附件\n任务分工表\n\n序号\n工作任务\n牵头单位\n\n1\n推行一网通办。\n县政务服务中心\n\n2\n加强组织领导。\n县委办\n';
    const l = ledgerOf(text);
    expect(l.sections.filter((s) => s.id.startsWith('2:')).map((s) => `${s.id} ${s.kind}`)).toEqual(['2:1 measures', '2:2 safeguards']);
  });
});
