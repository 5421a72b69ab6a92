/** Markdown: a table of tasks that pastes cleanly into documents and chats. */
import type { Exporter } from './index.js';
import { cellText, planName, taskHeaders, taskRows } from './rows.js';

/** A table cell: pipes escaped, HTML shown as text (no <script> runs where it is pasted), line breaks as <br>. */
export function mdCell(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
}

const markdown: Exporter = {
  extension: '.md',
  binary: false,
  render: (ledger) => {
    const title = `# ${mdCell(cellText(planName(ledger)))}任务台账`;
    const head = `| ${taskHeaders(ledger).map(mdCell).join(' | ')} |`;
    const rule = `| ${taskHeaders(ledger).map(() => '---').join(' | ')} |`;
    const rows = taskRows(ledger).map((r) => `| ${r.map((c) => mdCell(String(c))).join(' | ')} |`);
    return [title, '', head, rule, ...rows, ''].join('\n');
  },
};
export default markdown;
