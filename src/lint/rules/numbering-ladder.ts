/** A level out of the standard ladder 第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > ①. */
import { lintRule } from '../rule.js';
import { markerPlace, sectionsOf } from '../places.js';
import { LINT } from '../../messages.js';
import { RANK } from '../../parse/markers.js';

export default lintRule({
  id: 'numbering-ladder',
  description: '层级顺序不符合“一、>（一）>1.>（1）”的规范',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）甲。\n1.子。\n', '一、任务\n1.甲。\n（1）子。\n'],
    notOk: [{ text: '1.总体要求\n一、甲。\n二、乙。\n2.主要任务\n一、丙。\n二、丁。\n', messages: ['2:1 层级顺序不符合“一、>（一）>1.>（1）”：“一、”位于“1.”之下', '3:1 层级顺序不符合“一、>（一）>1.>（1）”：“二、”位于“1.”之下', '5:1 层级顺序不符合“一、>（一）>1.>（1）”：“一、”位于“2.”之下', '6:1 层级顺序不符合“一、>（一）>1.>（1）”：“二、”位于“2.”之下'] }],
  },
  check({ tree }, report) {
    const ladder = new Set(['chapter', 'section', 'article', 'cn', 'paren-cn', 'arabic', 'paren-arabic', 'circled']);
    for (const p of sectionsOf(tree.children)) {
      if (!ladder.has(p.marker.family)) continue;
      for (const c of p.children) {
        if (ladder.has(c.marker.family) && RANK[c.marker.family] < RANK[p.marker.family]) report({ message: LINT.ladder(c.marker.raw, p.marker.raw), ...markerPlace(c) });
      }
    }
  },
});
