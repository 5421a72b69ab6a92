/** Recurring cadences stated for a task (每月 → monthly, 月调度、季督查 → monthly, quarterly). */
import { toSimplified } from '../text/chars.js';
import type { Frequency } from '../types.js';

const RULES: [Frequency, RegExp][] = [
  ['daily', /每天|每日|每个工作日|日调度|日报告|一日一报/g],
  ['weekly', /每周|每星期|每个星期|周调度|周通报|一周一/g],
  ['monthly', /每月|每个月|月调度|月通报|月督查|按月|一月一/g],
  ['quarterly', /每季度|每季|每个季度|季调度|季督查|季通报|季考核|按季度?|一季一/g],
  ['half-yearly', /每半年|半年一次/g],
  ['yearly', /每年(?!度考核)|每一年|一年一次|年调度|按年度/g],
];

/** Distinct cadences in order of first mention. */
export function findFrequencies(text: string): Frequency[] {
  return findFrequencyWords(text).map((h) => h.value);
}

/** Distinct cadences with the words that state each first (每月, 季调度), in order of first mention. */
export function findFrequencyWords(text: string): { value: Frequency; text: string }[] {
  const s = toSimplified(text);
  const hits: { at: number; value: Frequency; text: string }[] = [];
  for (const [f, re] of RULES) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) hits.push({ at: m.index, value: f, text: text.slice(m.index, m.index + m[0].length) });
  }
  return hits.sort((a, b) => a.at - b.at).map(({ value, text }) => ({ value, text }));
}
