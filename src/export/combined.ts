/** One workbook with every plan's tasks (`batch --combined`): a 来源文件 column before the 台账 columns. */
import ExcelJS from 'exceljs';

const FONT = '宋体';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/** The combined 汇总台账 workbook of many plans' rows (taskHeaders order, with each plan's own extra columns). */
export async function combinedWorkbook(plans: { path: string; headers: string[]; rows: (string | number)[][] }[]): Promise<Uint8Array> {
  const headers = ['来源文件'];
  for (const p of plans) for (const h of p.headers) if (!headers.includes(h)) headers.push(h);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'plan2ledger';
  const ws = wb.addWorksheet('汇总台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h) => ({ width: h === '工作内容' ? 60 : h === '来源文件' ? 28 : 14, style: { font: { name: FONT, size: 10.5 }, alignment: { vertical: 'top', wrapText: h === '工作内容' } } }));
  const head = ws.addRow(headers);
  head.eachCell((c) => {
    c.font = { name: FONT, size: 11, bold: true };
    c.border = { bottom: THIN };
  });
  for (const p of plans) {
    const at = p.headers.map((h) => headers.indexOf(h));
    for (const r of p.rows) {
      const values: (string | number | null)[] = new Array(headers.length).fill(null);
      values[0] = p.path;
      r.forEach((v, k) => (values[at[k]] = v === '' ? null : v));
      ws.addRow(values);
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: headers.length } };
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
