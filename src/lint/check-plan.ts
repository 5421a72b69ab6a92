/** One plan checked: converted (an empty text is still checked), linted, and held to an office's policy. */
import type { VFileMessage } from 'vfile-message';
import { convertPlan, type ConvertOptions, type PlanText } from '../pipeline.js';
import { lint } from './index.js';
import type { Setting } from './rule.js';
import type { Ledger } from '../types.js';

export interface CheckOptions extends ConvertOptions {
  settings: Map<string, Setting>;
  today?: string;
  /** An office's policy: a JSON Schema the ledger must meet, turned into findings at the tasks' lines. */
  policy?: (ledger: Ledger, file: string) => VFileMessage[];
}

/** The findings for one plan file, in place order; throws ConvertError when the file cannot be read at all. */
export function checkPlan(input: Uint8Array | PlanText, path: string, options: CheckOptions): { messages: VFileMessage[]; ledger: Ledger } {
  // no ledger is written here, so it is not held to the package's own schema (an office's policy still applies)
  const { ledger, tree, file } = convertPlan(input, path, { ...options, allowEmpty: true, validate: false });
  const messages = lint({ ledger, tree, text: String(file.value), file, today: options.today }, options.settings);
  // what the parser itself noticed (a row that does not fit its table, a number met twice) counts too
  for (const m of file.messages) {
    if (m.ruleId === 'page-numbers' || m.ruleId === 'annex-part' || m.ruleId === 'numbering-restarts' || m.ruleId === 'task-table') continue;
    if (m.ruleId === 'duplicate-number') continue; // numbering-gap says it
    const setting = options.settings.get(m.ruleId ?? '') ?? 'warning';
    if (setting === 'off') continue;
    m.file = path;
    messages.push(m);
  }
  if (options.policy) messages.push(...options.policy(ledger, path));
  messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { messages, ledger };
}
