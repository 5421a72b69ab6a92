/** One line a finding: `file:line:column: message [severity/rule-id]`, as compilers and editors read it. */
import type { Formatter } from './types.js';
import { flat } from './place.js';

const unix: Formatter = (results) =>
  results
    .flatMap((r) => r.messages.map((m) => {
      const f = flat(m);
      return `${r.path}:${f.line}:${f.column}: ${f.message} [${f.severity}/${f.ruleId}]\n`;
    }))
    .join('');
export default unix;
