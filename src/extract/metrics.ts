/** Quantified targets in goal and task text: 覆盖率达到92%, 不少于32学时, 85%以上, 储备150名, 不低于4万元. */
import { toSimplified } from '../text/chars.js';
import { toAsciiDigits } from '../text/numerals.js';
import type { Metric } from '../types.js';

const UNIT = '%|％|个百分点|万元|亿元|千元|元|万人|学时|课时|小时|名|人次|人|户|个|家|所|项|件|次|天|日|周|个月|年|平方米|平米|万平方米|亩|公里|千米|米|吨|万吨|辆|台|套|条|场|期|批|分|万';
const RE = new RegExp(
  String.raw`(?<pre>不少于|不低于|不超过|不高于|不多于|至少|最少|最多|超过|高于|低于|少于|多于|达到|达|提高到|提升至|提高至|降至|控制在|保持在|增长|储备|新增|建成|培育|培养|完成|发展)?\s*` +
    String.raw`(?<v>\d+(?:\.\d+)?)\s*(?<u>${UNIT})(?<post>以上|以下|以内|及以上|及以下|左右)?`,
  'g',
);

/** Metrics stated in `text`, in order. */
export function findMetrics(text: string): Metric[] {
  // every metric holds a digit: a text without one is not scanned
  if (!/[\d０-９]/.test(text)) return [];
  const s = toAsciiDigits(toSimplified(text));
  const out: Metric[] = [];
  for (const m of s.matchAll(RE)) {
    const g = m.groups!;
    // a year, a date or a document number is not a target
    if (g.u === '年' && Number(g.v) >= 1900) continue;
    if (/^[月日号]/.test(s.slice(m.index + m[0].length))) continue;
    if (!g.pre && !g.post && !/[%％]/.test(g.u)) continue;
    const start = m.index;
    out.push({
      text: text.slice(start, start + m[0].length).trim(),
      value: Number(g.v),
      unit: g.u === '％' ? '%' : g.u,
      comparator: comparator(g.pre, g.post),
    });
  }
  return out;
}

function comparator(pre = '', post = ''): Metric['comparator'] {
  if (/以下|以内|及以下/.test(post) || /不超过|不高于|不多于|最多|控制在|降至/.test(pre)) return '<=';
  if (/低于|少于/.test(pre) && !/不/.test(pre)) return '<';
  if (/^(?:超过|高于|多于)$/.test(pre)) return '>';
  if (/以上|及以上/.test(post) || /不少于|不低于|至少|最少|达到|达|提高到|提升至|提高至/.test(pre)) return '>=';
  return '=';
}
