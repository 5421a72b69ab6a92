/** A text with no numbered item at all: there is nothing to put in a ledger. */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'no-items',
  description: '全文没有任何编号条目',
  recommended: 'error',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）甲。\n'],
    notOk: [{ text: '请各单位认真做好相关工作。\n', messages: ['1:1 没有找到任何编号条目（一、（一）1. 等），无法生成台账'] }],
  },
  check({ ledger }, report) {
    if (!ledger.sections.length) report({ message: LINT.noItems(), start: { line: 1, column: 1, offset: 0 } });
  },
});
