/** Regression tests for inputs that once crashed, hung, lost text or surprised (issue: nothing crashes, nothing is lost). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ledgerOf, outlineOf, noPos } from './helpers.js';
import { convertPlan, ConvertError, readPlan } from '../src/pipeline.js';
import { createHash } from 'node:crypto';
import { decodePlan } from '../src/text/decode.js';
import { cleanText } from '../src/text/clean.js';
import { loadExporter } from '../src/export/index.js';
import { CELL_MAX } from '../src/export/rows.js';

const SEED = 'fixtures/seeds/003_8ab74ba8ed41055e.txt';

describe('the outline keeps its shape', () => {
  it('an annex restarting at 一、 after a ① list does not swap the ranks of 一、 and ①', () => {
    expect(outlineOf('一、甲。\n（一）乙。\n①子。\n'.repeat(3))).toEqual([
      '1 一、 甲',
      '1.1 （一） 乙',
      '1.1.1 ① 子',
      '2:1 一、 甲',
      '2:1.1 （一） 乙',
      '2:1.1.1 ① 子',
      '3:1 一、 甲',
      '3:1.1 （一） 乙',
      '3:1.1.1 ① 子',
    ]);
  });

  it('a nine-level outline written line by line keeps the standard ladder', () => {
    const one = '第一章 总则。\n第一节 范围。\n第一条 适用。\n一、甲。\n（一）乙。\n1.丙。\n（1）丁。\n①戊。\n';
    const ids = outlineOf(one + one.replace(/一章/, '二章') + one.replace(/一章/, '三章'));
    expect(ids.slice(0, 8)).toEqual(['1 第一章 总则', '1.1 第一节 范围', '1.1.1 第一条 适用', '1.1.1.1 一、 甲', '1.1.1.1.1 （一） 乙', '1.1.1.1.1.1 1. 丙', '1.1.1.1.1.1.1 （1） 丁', '1.1.1.1.1.1.1.1 ① 戊']);
    expect(ids[8]).toBe('2 第二章 总则');
    expect(new Set(ids.map((x) => x.split(' ')[0])).size).toBe(ids.length);
  });

  it('gives a number met twice among siblings the next free id, and says so', () => {
    const l = ledgerOf('一、工作目标\n1.到2025年底完成。\n（一）加强组织领导。县委要统筹。\n');
    expect(l.sections.map((s) => `${s.id} ${s.marker}`)).toEqual(['1 一、', '1.1 1.', '1.2 （一）']);
    expect(l.diagnostics.find((d) => d.ruleId === 'duplicate-number')!.line).toBe(3);
  });
});

describe('the clean view loses nothing', () => {
  it('keeps headings after zero-width spaces (text copied from web pages)', () => {
    const text = readFileSync(SEED, 'utf8');
    const zw = text.replace(/^/gm, '\u200b');
    expect(outlineOf(zw)).toEqual(outlineOf(text));
    // positions still point into the text as written
    const l = ledgerOf(zw);
    const s = l.sections[0];
    expect(zw.slice(s.position.start.offset, s.position.start.offset + s.marker.length)).toBe(s.marker);
  });

  it('reads lone CR line ends (old Mac files) as line ends', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(outlineOf(text.replace(/\n/g, '\r'))).toEqual(outlineOf(text));
    const l = ledgerOf(text.replace(/\n/g, '\r'));
    expect(l.sections[1].position.start.line).toBe(ledgerOf(text).sections[1].position.start.line);
  });

  it('keeps a number that the next line counts on (不少于1 / 万人), but removes real page numbers', () => {
    const text = '一、目标\n（一）扩大就业。全年城镇新增就业人数不少于1\n万人，其中重点群体就业要达到规定比例。\n';
    expect(cleanText(text).text).toContain('不少于1万人');
    const long = '推进各项工作全面落实并取得实效，确保按期完成各项既定目标任务并形成长效机制，不断巩固提升';
    const pdf = `一、目标\n（一）扩大就业，${long}${long}\n1、深化，${long}${long}\n2、成效。\n`;
    expect(cleanText(pdf).text).not.toMatch(/[12]、/);
  });
});

describe('input that is not a plan, or not in UTF-8', () => {
  it('refuses a text with no numbered item, naming the file', () => {
    expect(() => convertPlan(new TextEncoder().encode('这是一段没有任何编号的说明文字。'), 'note.txt')).toThrow(ConvertError);
    expect(() => convertPlan(new TextEncoder().encode('这是一段没有任何编号的说明文字。'), 'note.txt')).toThrow(/note\.txt:1:1: 没有找到任何编号条目/);
  });

  const plan = '一、工作目標\n（一）加強組織領導。各縣（市、區）要於6月底前完成部署。\n';
  it('tells Big5 from GB18030', () => {
    // 一、工作目標 / （一）加強組織領導。各縣（市、區）要於6月底前完成部署，建立責任制度，確保各項任務落實到位。
    const big5 = Buffer.from('a440a142a475a740a5d8bcd00aa15da440a15ea55bb16ab2d5c2b4bbe2bec9a143a655bfa4a15da5aba142b0cfa15ead6ea9f336a4eba9b3ab65a7b9a6a8b3a1b870a141abd8a5dfb364a5f4a8eeabd7a141bd54ab4fa655b6b5a5f4b0c8b8a8b9eaa8eca6eca1430a', 'hex');
    expect(decodePlan(big5).encoding).toBe('big5');
    expect(decodePlan(big5).text.startsWith('一、工作目標\n（一）加強組織領導')).toBe(true);
    // and reads as its simplified form does: 工作目標 heads the goals, as 工作目标 would
    const l = ledgerOf(decodePlan(big5).text);
    expect(l.sections.map((x) => `${x.title} ${x.kind ?? ''}`.trim())).toEqual(['工作目標 goal', '加強組織領導']);
    expect(l.goals.map((g) => g.title)).toEqual(['加強組織領導']);
    const gbk = Buffer.from('d2bba1a2b9a4d7f7c4bfb1ea0a', 'hex'); // 一、工作目标
    expect(decodePlan(gbk).encoding).toBe('gb18030');
  });

  it('reads the bytes into text once, so they can be let go before the conversion, and the ledger is the same', async () => {
    const big5 = Buffer.from('a440a142a475a740a5d8bcd00aa15da440a15ea55bb16ab2d5c2b4bbe2bec9a143a655bfa4a15da5aba142b0cfa15ead6ea9f336a4eba9b3ab65a7b9a6a8b3a1b870a141abd8a5dfb364a5f4a8eeabd7a141bd54ab4fa655b6b5a5f4b0c8b8a8b9eaa8eca6eca1430a', 'hex');
    for (const [bytes, name] of [[readFileSync(SEED), 'seed.txt'], [big5, 'big5.txt']] as const) {
      const plan = await readPlan(bytes, name);
      expect(plan.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const fromText = convertPlan(plan, name).ledger;
      expect(fromText).toEqual(convertPlan(bytes, name).ledger);
      expect(fromText.source).toEqual({ path: name, sha256: plan.sha256, encoding: name === 'big5.txt' ? 'big5' : 'utf-8' });
    }
    await expect(readPlan(new Uint8Array([0, 1, 2, 0, 0, 3, 4, 0, 5, 6]), 'x.bin')).rejects.toThrow(/x\.bin:1:1: /);
  });

  it('reads UTF-16 without a BOM, both byte orders', () => {
    const le = Buffer.from(plan, 'utf16le');
    expect(decodePlan(le)).toEqual({ text: plan, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodePlan(be)).toEqual({ text: plan, encoding: 'utf-16be' });
  });
});

describe('dates out of range', () => {
  it('gives a deadline in a year no plan is written for no date, and keeps an impossible day as written', () => {
    const l = ledgerOf('2023年工作要点\n一、任务\n（一）建设。2101年底前建成。\n（二）报送。2月30日前报送。\n');
    expect(noPos(l.tasks[0].deadlines)).toEqual([{ text: '2101年底前', date: null }]);
    expect(noPos(l.tasks[1].deadlines)).toEqual([{ text: '2月30日前', date: null }]);
  });
});

describe('exports carry no control characters and fit their cells', () => {
  const nasty = '一、任务\n（一）加强\u001b[31m宣传\u0007。<script>alert("x")</script>县委宣传部要负责。\n（二）' + '很长的内容。'.repeat(6000) + '\n';
  it('CSV and Markdown drop terminal escapes, Markdown shows HTML as text', async () => {
    const l = ledgerOf(nasty);
    const csv = String(await (await loadExporter('csv'))!.render(l));
    const md = String(await (await loadExporter('md'))!.render(l));
    for (const out of [csv, md]) expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
  });
  it('xlsx cells are cut at Excel\'s 32,767 characters', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const bytes = await (await loadExporter('xlsx'))!.render(ledgerOf(nasty));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ArrayBuffer);
    let longest = 0;
    wb.worksheets.forEach((ws) => ws.eachRow((r) => r.eachCell((c) => (longest = Math.max(longest, String(c.value ?? '').length)))));
    expect(longest).toBe(CELL_MAX);
  });
});
