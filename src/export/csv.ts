/** CSV for Excel: UTF-8 with BOM, one row per task, formula-like cells neutralised. */
import type { Exporter } from './index.js';
import { taskHeaders, taskRows } from './rows.js';

/** A cell as CSV: quoted when needed; a leading = + - @ (or tab/CR) is escaped so Excel runs no formula. */
export function csvCell(v: string): string {
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csv: Exporter = {
  extension: '.csv',
  binary: false,
  render: (ledger) => {
    const lines = [taskHeaders(ledger), ...taskRows(ledger)].map((r) => r.map((c) => csvCell(String(c))).join(','));
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  },
};
export default csv;
