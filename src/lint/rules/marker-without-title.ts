/** A numbered item with nothing after its marker. */
import { lintRule } from '../rule.js';
import { markerPlace, sectionsOf } from '../places.js';
import { LINT } from '../../messages.js';

export default lintRule({
  id: 'marker-without-title',
  description: '编号后缺少标题',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）甲。\n'],
    notOk: [{ text: '一、任务\n（一）\n（二）乙。\n', messages: ['2:1 “（一）”后缺少标题'] }],
  },
  check({ tree }, report) {
    for (const n of sectionsOf(tree.children)) if (n.marker.raw && !n.title.trim() && !n.children.length) report({ message: LINT.noTitle(n.marker.raw), ...markerPlace(n) });
  },
});
