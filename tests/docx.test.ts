/** Word documents: Word's own multi-level numbering rebuilt, tables read by the task-table reader, zip bombs refused. */
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { convertPlan, ConvertError, readInputText } from '../src/pipeline.js';
import { readDocx } from '../src/readers/docx.js';
import { ledgerOf, noPos } from './helpers.js';

const numbering = {
  config: [
    {
      reference: 'plan',
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};
const item = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'plan', level } });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });

async function plan(): Promise<Uint8Array> {
  const doc = new Document({
    numbering,
    sections: [
      {
        children: [
          new Paragraph('2024年宣传工作方案'),
          item('总体要求', 0),
          new Paragraph('按照部署，制定本方案。'),
          item('主要任务', 0),
          item('加强宣传。县委宣传部负责，6月底前完成。', 1),
          item('落实责任。', 1),
          item('每月通报进展。县委办负责。', 2),
          item('年底前完成总结。县委办负责。', 2),
          new Paragraph('附件'),
          new Paragraph('任务分工表'),
          new Table({ rows: [row(['序号', '工作任务', '牵头单位', '完成时限']), row(['1', '推行一网通办。', '县政务服务中心', '9月底前']), row(['2', '清理证明事项。', '县司法局', '年底前'])] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const TXT =
  '2024年宣传工作方案\n一、总体要求\n按照部署，制定本方案。\n二、主要任务\n（一）加强宣传。县委宣传部负责，6月底前完成。\n（二）落实责任。\n1.每月通报进展。县委办负责。\n2.年底前完成总结。县委办负责。\n附件\n任务分工表\n序号\t工作任务\t牵头单位\t完成时限\n1\t推行一网通办。\t县政务服务中心\t9月底前\n2\t清理证明事项。\t县司法局\t年底前\n';

describe('.docx input', () => {
  it('rebuilds the numbers Word generates (一、 （一） 1.), levels and restarts included', async () => {
    const text = readDocx(await plan());
    expect(text.split('\n').slice(0, 8)).toEqual(TXT.split('\n').slice(0, 8));
  });

  it('gives the same sections and tasks as the equivalent .txt, tables included', async () => {
    const bytes = await plan();
    const fromDocx = convertPlan(bytes, '方案.docx', { decoded: await readInputText(bytes, '方案.docx') }).ledger;
    const fromTxt = ledgerOf(TXT, '方案.txt');
    const view = (l: typeof fromTxt) => ({
      sections: l.sections.map((s) => `${s.id} ${s.marker} ${s.title}`),
      tasks: l.tasks.map((t) => ({ id: t.id, lead: t.units.lead, deadlines: noPos(t.deadlines), frequency: t.frequency })),
    });
    expect(view(fromDocx)).toEqual(view(fromTxt));
    expect(fromDocx.source.encoding).toBe('docx');
    expect(fromDocx.tasks.filter((t) => t.source === 'table').map((t) => t.units.lead[0])).toEqual(['县政务服务中心', '县司法局']);
  });

  it('refuses a zip bomb before inflating it, and a zip that is no Word document', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 2 ** 20) }, { level: 9 });
    expect(bomb.length).toBeLessThan(2 ** 20);
    await expect(readInputText(bomb, 'bomb.docx')).rejects.toThrow(ConvertError);
    await expect(readInputText(bomb, 'bomb.docx')).rejects.toThrow(/bomb\.docx:1:1: 这个 \.docx 解压后过大/);
    const other = zipSync({ 'a.txt': new TextEncoder().encode('x') });
    expect(() => convertPlan(other, 'x.docx')).toThrow(/不是可读的 Word 文档/);
  });

  it('says how to convert an old .doc', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(() => convertPlan(ole, 'old.doc')).toThrow(/另存为 \.docx/);
  });
});
