/** Half-width , ; : ? ! between Chinese characters (off by default: many offices do not mind). */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';
import { location } from 'vfile-location';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

export default lintRule({
  id: 'half-width-punctuation',
  description: '中文句中使用半角标点',
  recommended: 'off',
  strict: 'info',
  examples: {
    ok: ['一、任务\n（一）加强宣传，做好报道。\n'],
    notOk: [{ text: '一、任务\n（一）加强宣传,做好报道。\n', messages: ['2:8 中文句中使用了半角标点“,”，应为“，”'] }],
  },
  check({ text }, report) {
    const loc = location(text);
    for (const m of text.matchAll(/(?<=[\u4e00-\u9fff])[,;:?!](?=[\u4e00-\u9fff])/g)) {
      const p = loc.toPoint(m.index) ?? { line: 1, column: 1 };
      report({ message: LINT.halfWidth(m[0], FULL[m[0]]), start: { ...p, offset: m.index }, end: { line: p.line, column: p.column + 1, offset: m.index + 1 } });
    }
  },
});
