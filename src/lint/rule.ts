/**
 * A lint rule: a small read-only look at a converted plan that reports findings at exact places. Each rule
 * lives in its own file under rules/, with a kebab-case id, a default severity per preset, and ok / not-ok
 * examples that the test suite runs (tests/lint.test.ts).
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Ledger, PlanNode } from '../types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Setting = Severity | 'off';

/** What a rule reads. */
export interface LintContext {
  ledger: Ledger;
  tree: PlanNode;
  /** The plan as written. */
  text: string;
  file: VFile;
  /** `--today`, YYYY-MM-DD: deadlines before it are past. */
  today?: string;
}

/** One finding: the message and where it stands (start, and end when known). */
export interface Finding {
  message: string;
  start: Point;
  end?: Point;
}

export interface LintRule {
  id: string;
  /** One line in Chinese: what the rule looks for. */
  description: string;
  /** Severity under the recommended and strict presets. */
  recommended: Setting;
  strict: Setting;
  /** Texts that give no finding, and texts with the messages they give (`line:column message`). */
  examples: { ok: string[]; notOk: { text: string; messages: string[] }[] };
  check(ctx: LintContext, report: (f: Finding) => void): void;
}

/** Declares a rule (a typed identity, so that each rule file reads as data). */
export function lintRule(rule: LintRule): LintRule {
  return rule;
}
