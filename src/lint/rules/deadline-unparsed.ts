/** A deadline that cannot be turned into a date (长期坚持, 2月30日, a plan with no year). */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'deadline-unparsed',
  description: '完成时限无法换算为日期',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['2023年工作要点\n一、任务\n（一）加强宣传。6月底前完成。\n'],
    notOk: [{ text: '2023年工作要点\n一、任务\n（一）报送材料。2月30日前报送。\n', messages: ['3:9 完成时限“2月30日前”无法换算为日期'] }],
  },
  check({ ledger }, report) {
    for (const t of ledger.tasks) for (const d of t.deadlines) if (!d.date) report({ message: LINT.deadlineUnparsed(d.text), start: (d.position ?? t.position).start, end: (d.position ?? t.position).end });
  },
});
