/** ASCII and full-width brackets, or 1. and 1、, mixed in one document: the fewer ones are reported. */
import { lintRule } from '../rule.js';
import { markerPlace, sectionsOf } from '../places.js';
import { LINT } from '../../messages.js';
import type { SectionNode } from '../../types.js';

export default lintRule({
  id: 'mixed-markers',
  description: '同一文档中全角、半角括号或“1.”“1、”混用',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）甲。\n（二）乙。\n1.子。\n2.子。\n'],
    notOk: [
      { text: '一、任务\n（一）甲。\n（二）乙。\n(三)丙。\n', messages: ['4:1 括号混用：全文多用“（”，此处为“(”'] },
      { text: '一、任务\n1.甲。\n2.乙。\n3、丙。\n', messages: ['4:1 序号标点混用：全文多用“1.”，此处为“1、”'] },
    ],
  },
  check({ tree }, report) {
    const all = sectionsOf(tree.children).filter((n) => n.marker.raw && n.marker.family !== 'row');
    const groups: [SectionNode[], (n: SectionNode) => string, (u: string, h: string) => string][] = [
      [all.filter((n) => n.marker.family === 'paren-cn' || n.marker.family === 'paren-arabic'), (n) => n.marker.raw[0], LINT.mixedBrackets],
      [all.filter((n) => n.marker.family === 'arabic'), (n) => '1' + n.marker.raw.replace(/^\d+\s*/, ''), LINT.mixedSeparators],
    ];
    for (const [nodes, kindOf, message] of groups) {
      const count = new Map<string, number>();
      for (const n of nodes) count.set(kindOf(n), (count.get(kindOf(n)) ?? 0) + 1);
      if (count.size < 2) continue;
      const usual = [...count].sort((a, b) => b[1] - a[1])[0][0];
      for (const n of nodes) if (kindOf(n) !== usual) report({ message: message(usual, kindOf(n)), ...markerPlace(n) });
    }
  },
});
