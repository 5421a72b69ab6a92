/** Lines broken inside a sentence (as PDF extraction leaves them), which the reader joined: worth a look. */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';
import { location } from 'vfile-location';

export default lintRule({
  id: 'broken-lines',
  description: '句子中间断行（已自动接上），请核对',
  recommended: 'info',
  strict: 'warning',
  examples: {
    ok: ['一、任务\n（一）加强宣传，做好报道。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传。做好各项报道工作并及时总结经验做\n法，确保取得实效。\n', messages: ['2:25 第 2 行在句子中间断行，已与下一行接上'] }],
  },
  check({ file, text }, report) {
    const joined = file.data.clean?.softBreaks ?? [];
    const loc = location(text);
    for (const o of joined) {
      const p = loc.toPoint(o) ?? { line: 1, column: 1 };
      report({ message: LINT.brokenLine(p.line), start: { ...p, offset: o } });
    }
  },
});
