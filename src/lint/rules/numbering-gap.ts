/** Numbering that skips, repeats or starts off 1 among siblings: 1. 2. 4., （一）（三）. */
import { lintRule } from '../rule.js';
import { markerPlace, partOf } from '../places.js';
import { LINT } from '../../messages.js';
import { toChineseNumber } from '../../text/numerals.js';
import type { Marker, SectionNode } from '../../types.js';

/** The marker as it should read with `n` in place of its number. */
export function withNumber(m: Marker, n: number): string {
  if (m.family === 'circled') return String.fromCharCode(0x2460 + n - 1);
  if (/\d/.test(m.raw)) return m.raw.replace(/\d+(?!.*\d)/, String(n));
  return m.raw.replace(/[一二三四五六七八九十百〇零]+/, toChineseNumber(n));
}

export default lintRule({
  id: 'numbering-gap',
  description: '编号不连续、重复或不从 1 开始',
  recommended: 'error',
  strict: 'error',
  examples: {
    ok: ['一、目标\n二、任务\n（一）甲。\n（二）乙。\n', '一、任务\n（一）甲。\n1.子。\n2.子。\n（二）乙。\n3.子。\n'],
    notOk: [
      { text: '一、任务\n1.甲。\n2.乙。\n4.丙。\n', messages: ['4:1 编号不连续：应为“3.”，实为“4.”'] },
      { text: '一、任务\n（一）甲。\n（三）乙。\n', messages: ['3:1 编号不连续：应为“（二）”，实为“（三）”'] },
      { text: '一、任务\n（二）甲。\n', messages: ['2:1 编号应从“（一）”开始，实为“（二）”'] },
    ],
  },
  check({ tree }, report) {
    // arabic items may be numbered through the whole plan (1–13 across （一）（二）（三）)
    let lastArabic = 0;
    const walk = (nodes: SectionNode[]) => {
      let prev: SectionNode | null = null;
      for (const n of nodes) {
        const m = n.marker;
        if (m.family === 'row' || m.family === 'enum' || !m.raw) {
          walk(n.children);
          continue;
        }
        const samePart = prev && partOf(prev.id) === partOf(n.id);
        if (prev && samePart && prev.marker.family === m.family) {
          const want = prev.marker.ordinal + 1;
          if (m.ordinal === prev.marker.ordinal) report({ message: LINT.numberRepeated(m.raw), ...markerPlace(n) });
          else if (m.ordinal !== want) report({ message: LINT.numberGap(withNumber(m, want), m.raw), ...markerPlace(n) });
        } else if (m.ordinal !== 1 && !(m.family === 'arabic' && m.ordinal === lastArabic + 1)) {
          report({ message: LINT.numberStart(withNumber(m, 1), m.raw), ...markerPlace(n) });
        }
        if (m.family === 'arabic') lastArabic = m.ordinal;
        prev = n;
        walk(n.children);
      }
    };
    walk(tree.children);
  },
});
