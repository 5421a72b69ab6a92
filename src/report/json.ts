/** Machine-readable findings: one object per file with its messages and counts. */
import type { Formatter } from './types.js';
import { counts, flat } from './place.js';

const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => {
      const c = counts(r.messages);
      return { filePath: r.path, errorCount: c.errors, warningCount: c.warnings, infoCount: c.infos, messages: r.messages.map(flat) };
    }),
    null,
    2,
  ) + '\n';
export default json;
