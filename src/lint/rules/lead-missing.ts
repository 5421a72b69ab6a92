/** 配合 units are named but no 牵头 unit. */
import { lintRule } from '../rule.js';
import { taskPlace } from '../places.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'lead-missing',
  description: '写明了配合单位，却没有牵头单位',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）加强宣传（牵头单位：县委宣传部；配合单位：县文旅局）。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传（配合单位：县文旅局）。\n', messages: ['2:1 缺少牵头单位：已写明配合单位，但未写明牵头单位'] }],
  },
  check({ ledger }, report) {
    for (const t of ledger.tasks) {
      if (t.units.lead.length || !t.units.support.length) continue;
      report({ message: LINT.noLead(), ...taskPlace(ledger, t) });
    }
  },
});
