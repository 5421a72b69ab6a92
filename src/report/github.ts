/** GitHub Actions workflow commands: each finding becomes an annotation on the file and line. */
import type { Formatter } from './types.js';
import { flat } from './place.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;
/** Escapes as the runner's command syntax needs (data, and property values). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const github: Formatter = (results) =>
  results
    .flatMap((r) =>
      r.messages.map((m) => {
        const f = flat(m);
        return `::${LEVEL[f.severity]} file=${prop(r.path)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${prop(f.ruleId)}::${data(f.message)}\n`;
      }),
    )
    .join('');
export default github;
