/** A task with no deadline of its own and no plan-wide one. */
import { lintRule } from '../rule.js';
import { taskPlace } from '../places.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'task-without-deadline',
  description: '任务缺少完成时限（本条和全文都没有）',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）加强宣传。6月底前完成。\n', '确保各项任务于2023年底前全面完成。\n一、任务\n（一）加强宣传。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传。做好宣传报道。\n', messages: ['2:1 缺少完成时限'] }],
  },
  check({ ledger }, report) {
    for (const t of ledger.tasks) {
      if (t.deadlines.length || t.inheritedDeadline) continue;
      report({ message: LINT.noDeadline(), ...taskPlace(ledger, t) });
    }
  },
});
