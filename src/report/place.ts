/** The parts of a message every formatter prints. */
import type { VFileMessage } from 'vfile-message';
import { severityOf } from '../lint/index.js';

export interface Flat {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A message as plain fields; a message without an end ends where it starts. */
export function flat(m: VFileMessage): Flat {
  const line = m.line ?? 1;
  const column = m.column ?? 1;
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  return { ruleId: m.ruleId ?? 'plan2ledger', severity: severityOf(m), message: m.reason, line, column, endLine: end?.line ?? line, endColumn: end?.column ?? column };
}

/** Counts of errors, warnings and infos. */
export function counts(ms: VFileMessage[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const m of ms) {
    const s = severityOf(m);
    if (s === 'error') errors++;
    else if (s === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
