/** A deadline before the plan's year, or (with --today) one already past. */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'deadline-out-of-plan',
  description: '完成时限早于方案年份，或（指定 --today 时）已经过去',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['2023年工作要点\n一、任务\n（一）加强宣传。2023年6月底前完成。\n'],
    notOk: [{ text: '2023年工作要点\n一、任务\n（一）加强宣传。2022年6月底前完成。\n', messages: ['3:9 完成时限“2022年6月底前”早于方案年份 2023 年'] }],
  },
  check({ ledger, today }, report) {
    for (const t of ledger.tasks) {
      for (const d of t.deadlines) {
        if (!d.date) continue;
        const at = d.position ?? t.position;
        if (ledger.year && Number(d.date.slice(0, 4)) < ledger.year) report({ message: LINT.deadlineBeforeYear(d.text, ledger.year), start: at.start, end: at.end });
        else if (today && d.date < today) report({ message: LINT.deadlinePast(d.text, today), start: at.start, end: at.end });
      }
    }
  },
});
