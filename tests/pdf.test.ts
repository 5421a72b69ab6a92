/** PDF input: the text layer read page by page, running headers and page numbers left out. */
import { describe, expect, it } from 'vitest';
import { convertPlan, ConvertError, readInputText } from '../src/pipeline.js';
import { pagesToText } from '../src/readers/pdf.js';
import { ledgerOf, noPos } from './helpers.js';
import { makePdf } from './pdf-writer.js';

const PAGES = [
  ['某县2024年宣传工作方案', '一、主要任务', '（一）加强宣传。县委宣传部负责，', '6月底前完成。', '- 1 -'],
  ['某县2024年宣传工作方案', '（二）强化督查。县委督查室负责，9月底前完成。', '二、保障措施', '（一）加强领导。县委办负责。', '- 2 -'],
  ['某县2024年宣传工作方案', '（二）落实责任。各乡镇负责。', '- 3 -'],
];
const TXT = '2024年宣传工作方案\n一、主要任务\n（一）加强宣传。县委宣传部负责，6月底前完成。\n（二）强化督查。县委督查室负责，9月底前完成。\n二、保障措施\n（一）加强领导。县委办负责。\n（二）落实责任。各乡镇负责。\n';

describe('PDF input', () => {
  it('leaves out running headers and page numbers', () => {
    const text = pagesToText(PAGES);
    expect(text.match(/某县2024年宣传工作方案/g)).toHaveLength(1); // the title on page 1 stays, its repeats go
    expect(text).not.toMatch(/- \d -/);
  });

  it('gives the same sections and tasks as the equivalent text', async () => {
    const pdf = makePdf(PAGES);
    const decoded = await readInputText(pdf, '方案.pdf');
    expect(decoded!.encoding).toBe('pdf');
    const l = convertPlan(pdf, '方案.pdf', { decoded }).ledger;
    const t = ledgerOf(TXT, '方案.txt');
    const view = (x: typeof t) => ({ sections: x.sections.map((s) => `${s.id} ${s.title}`), tasks: x.tasks.map((k) => [k.id, k.units.lead, noPos(k.deadlines)]) });
    expect(view(l)).toEqual(view(t));
    expect(l.source.encoding).toBe('pdf');
  });

  it('says a scanned PDF has no text layer', async () => {
    const scanned = makePdf([[], []]);
    await expect(readInputText(scanned, 'scan.pdf')).rejects.toThrow(ConvertError);
    await expect(readInputText(scanned, 'scan.pdf')).rejects.toThrow(/scan\.pdf:1:1: 这是扫描版 PDF/);
  });
});
