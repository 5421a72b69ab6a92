/** Two tasks with the same title. */
import { lintRule } from '../rule.js';
import { taskPlace } from '../places.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'duplicate-task-title',
  description: '任务标题重复',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）加强宣传。\n（二）加强督查。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传。\n（二）加强宣传。\n', messages: ['3:1 任务标题“加强宣传”与第 2 行的任务重复'] }],
  },
  check({ ledger }, report) {
    const seen = new Map<string, number>();
    for (const t of ledger.tasks) {
      const key = t.title.replace(/[\s\u3000]+/g, '');
      if (!key) continue;
      const first = seen.get(key);
      if (first !== undefined) report({ message: LINT.duplicateTitle(t.title, first), ...taskPlace(ledger, t) });
      else seen.set(key, t.position.start.line);
    }
  },
});
