/** The lint rules, the presets, and running them over a converted plan. */
import { VFileMessage } from 'vfile-message';
import { withoutStacks } from '../messages.js';
import type { LintContext, LintRule, Setting, Severity } from './rule.js';
import numberingGap from './rules/numbering-gap.js';
import numberingLadder from './rules/numbering-ladder.js';
import mixedMarkers from './rules/mixed-markers.js';
import markerWithoutTitle from './rules/marker-without-title.js';
import noItems from './rules/no-items.js';
import taskWithoutUnit from './rules/task-without-unit.js';
import leadMissing from './rules/lead-missing.js';
import taskWithoutDeadline from './rules/task-without-deadline.js';
import deadlineUnparsed from './rules/deadline-unparsed.js';
import deadlineOutOfPlan from './rules/deadline-out-of-plan.js';
import duplicateTaskTitle from './rules/duplicate-task-title.js';
import unmatchedBrackets from './rules/unmatched-brackets.js';
import pageNumberArtifacts from './rules/page-number-artifacts.js';
import brokenLines from './rules/broken-lines.js';
import halfWidthPunctuation from './rules/half-width-punctuation.js';

/** Every rule, in the order findings of one place are listed. */
export const RULES: readonly LintRule[] = [
  noItems,
  numberingGap,
  numberingLadder,
  mixedMarkers,
  markerWithoutTitle,
  taskWithoutUnit,
  leadMissing,
  taskWithoutDeadline,
  deadlineUnparsed,
  deadlineOutOfPlan,
  duplicateTaskTitle,
  unmatchedBrackets,
  pageNumberArtifacts,
  brokenLines,
  halfWidthPunctuation,
];

export type Preset = 'recommended' | 'strict';

/** Severity of each rule: the preset's, with an office's own settings over it. */
export function severities(preset: Preset = 'recommended', own: Record<string, Setting> = {}): Map<string, Setting> {
  return new Map(RULES.map((r) => [r.id, own[r.id] ?? r[preset]]));
}

/** Runs the rules that are on; each finding becomes a vfile message with its rule id and severity. */
export function lint(ctx: LintContext, settings: Map<string, Setting>): VFileMessage[] {
  const out: VFileMessage[] = [];
  for (const rule of RULES) {
    const setting = settings.get(rule.id) ?? 'off';
    if (setting === 'off') continue;
    rule.check(ctx, (f) => {
      const m = withoutStacks(() => new VFileMessage(f.message, { place: f.end ? { start: f.start, end: f.end } : f.start, ruleId: rule.id, source: 'plan2ledger' }));
      m.file = ctx.file.path;
      m.fatal = fatalOf(setting);
      out.push(m);
    });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** vfile's convention: fatal true is an error, false a warning, undefined an info. */
export function fatalOf(s: Severity): boolean | undefined {
  return s === 'error' ? true : s === 'warning' ? false : undefined;
}

/** The severity a vfile message stands for. */
export function severityOf(m: VFileMessage): Severity {
  return m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
}
