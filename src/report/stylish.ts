/** For a person at a terminal: findings grouped by file, aligned, with a summary; colour only on a TTY. */
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';
import { counts, flat } from './place.js';

const LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

/** Display width: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

const stylish: Formatter = (results, { color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  let out = '';
  const all = results.flatMap((r) => r.messages);
  for (const r of results) {
    if (!r.messages.length) continue;
    out += c.underline(r.path) + '\n';
    const rows = r.messages.map(flat);
    const placeW = Math.max(...rows.map((f) => `${f.line}:${f.column}`.length));
    const msgW = Math.min(60, Math.max(...rows.map((f) => width(f.message))));
    for (const f of rows) out += `  ${c.dim(`${f.line}:${f.column}`.padEnd(placeW))}  ${paint[f.severity](LABEL[f.severity])}  ${pad(f.message, msgW)}  ${c.dim(f.ruleId)}\n`;
    out += '\n';
  }
  const n = counts(all);
  const total = n.errors + n.warnings + n.infos;
  if (total) out += (n.errors ? c.red.bold : c.yellow.bold)(`共 ${total} 个问题（${n.errors} 个错误，${n.warnings} 个警告，${n.infos} 个提示）`) + '\n';
  else out += c.green(`已检查 ${results.length} 个文件，未发现问题`) + '\n';
  return out;
};
export default stylish;
