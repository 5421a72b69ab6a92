/** One workbook with every plan's tasks (`batch --combined`): a 来源文件 column before the 台账 columns. */
import type ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { cellText } from './rows.js';

const FONT = '宋体';
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/**
 * exceljs's streaming writer, from the package itself (the command's bundle holds only its Workbook): an
 * archive's rows are written out one by one, where the Workbook held every cell as objects until the end
 * (a batch of 1,100 plans peaked at 349 MB and of 2,200 at 544 MB; written so, 145 and 160 MB).
 */
function workbookWriter(): typeof ExcelJS.stream.xlsx.WorkbookWriter {
  return createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
}

/** The combined 汇总台账 workbook of many plans' rows (taskHeaders order, with each plan's own extra columns). */
export async function combinedWorkbook(plans: { path: string; headers: string[]; rows: (string | number)[][] }[]): Promise<Uint8Array> {
  const headers = ['来源文件'];
  for (const p of plans) for (const h of p.headers) if (!headers.includes(h)) headers.push(h);
  const zipped: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => zipped.push(c));
  const Writer = workbookWriter();
  // (zlib's level 6, the Workbook's: archiver's own made the 2,200 plans' workbook 2.2 MB instead of 1.6)
  const wb = new Writer({ stream, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 6 } } });
  wb.creator = 'plan2ledger';
  // (what the sheet's opening says, its views and page setup, is written before the first row)
  const ws = wb.addWorksheet('汇总台账', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = headers.map((h) => ({ width: h === '工作内容' ? 60 : h === '来源文件' ? 28 : 14, style: { font: { name: FONT, size: 10.5 }, alignment: { vertical: 'top', wrapText: h === '工作内容' } } }));
  const head = ws.addRow(headers);
  head.eachCell((c) => {
    c.font = { name: FONT, size: 11, bold: true };
    c.border = { bottom: THIN };
  });
  head.commit();
  let rows = 1;
  for (const p of plans) {
    const at = p.headers.map((h) => headers.indexOf(h));
    // (a file's name may hold what no cell may: control characters)
    const source = cellText(p.path);
    for (const r of p.rows) {
      const values: (string | number | null)[] = new Array(headers.length).fill(null);
      values[0] = source;
      r.forEach((v, k) => (values[at[k]] = v === '' ? null : v));
      ws.addRow(values).commit();
      rows++;
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: headers.length } };
  ws.commit();
  const ended = new Promise((resolve) => stream.once('end', resolve));
  await wb.commit();
  await ended;
  return new Uint8Array(Buffer.concat(zipped));
}
