/** A task that names no responsible unit (its own, or its heading's). */
import { lintRule } from '../rule.js';
import { taskPlace } from '../places.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'task-without-unit',
  description: '任务缺少责任单位',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）加强宣传。县委宣传部要做好宣传。\n', '一、任务（责任单位：县财政局）\n（一）甲。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传。做好宣传报道。\n', messages: ['2:1 缺少责任单位'] }],
  },
  check({ ledger }, report) {
    for (const t of ledger.tasks) if (!t.units.lead.length && !t.units.support.length) report({ message: LINT.noUnit(), ...taskPlace(ledger, t) });
  },
});
