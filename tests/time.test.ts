import { describe, expect, it } from 'vitest';
import { findDeadlines, findTimes } from '../src/extract/time.js';
import { findFrequencies } from '../src/extract/frequency.js';
import { TIME_CASES } from './data/time-expressions.js';

describe('time expression normaliser', () => {
  it('has a table of at least 150 expressions', () => {
    expect(TIME_CASES.length).toBeGreaterThanOrEqual(150);
  });
  it.each(TIME_CASES)('%s (year %s)', (sentence, year, expected) => {
    const got = findDeadlines(sentence, year).map((d) => `${d.text}=${d.date}`);
    expect(got).toEqual(expected);
  });
});

describe('time expressions stand inside a clause', () => {
  // clauses without 年, 月 or 季 are not run through the point pattern: what a whole text gives is what
  // its clauses give one by one, at their places, whichever break stands between them (、 aside: a span
  // after 、 is an item of a list of goods, which the joined text makes of some)
  it.each(['，', '。', '；', '\n', '：', '！', '?'])('sentences joined by %j', (sep) => {
    const sentences = TIME_CASES.map(([sentence]) => sentence);
    const joined = sentences.join(sep);
    const one = findTimes(joined, 2024).map((t) => `${t.start}:${t.text}`);
    let at = 0;
    const each: string[] = [];
    for (const sentence of sentences) {
      for (const t of findTimes(sentence, 2024)) each.push(`${at + t.start}:${t.text}`);
      at += sentence.length + sep.length;
    }
    expect(one.length).toBeGreaterThan(150);
    expect(one).toEqual(each);
  });
});

describe('cadence', () => {
  it.each([
    ['每月调度1次，推进各项工作', ['monthly']],
    ['严格落实“月调度、季督查”机制', ['monthly', 'quarterly']],
    ['每半年至少开展1次培训；每年至少组织开展1次观摩', ['half-yearly', 'yearly']],
    ['教师每日一阅读、每周一沙龙、每月一论坛、每期一小结', ['daily', 'weekly', 'monthly']],
    ['每年每村不低于4万元，每半年审计，每季度公开一次', ['yearly', 'half-yearly', 'quarterly']],
    ['每5年修订1次专业目录，每年调整1次专业，每3年修订1次教材', ['yearly']],
    ['纳入年度考核，定期开展，常态化推进', []],
    ['每天報告一次', ['daily']],
  ])('%s', (text, expected) => {
    expect(findFrequencies(text)).toEqual(expected);
  });
});

describe('plan year from the dates a plan sets', () => {
  it('is the earliest year set, found in one scan that also dates the deadlines', async () => {
    const { scanTimes, datedTimes } = await import('../src/extract/time.js');
    const { planYear } = await import('../src/extract/year.js');
    const texts = ['2025年6月底前完成评估。', '力争2024年底前全部建成，9月底前报送。', '自2015年以来成效明显。'];
    const scanned = texts.map(scanTimes);
    expect(planYear(null, scanned, '')).toBe(2024);
    // the same scan, dated for that year: the month alone takes it
    expect(datedTimes(scanned[1], 2024).filter((t) => t.role === 'deadline').map((t) => t.date)).toEqual(['2024-12-31', '2024-09-30']);
    expect(datedTimes(scanned[1], null).map((t) => t.date)).toEqual(['2024-12-31', null]);
  });

  it('reads the year of a title in traditional characters as in simplified ones', async () => {
    const { titleYear } = await import('../src/extract/year.js');
    expect(titleYear('中学2022-2023学年度工作计划')).toBe(2022);
    expect(titleYear('中學2022-2023學年度工作計劃')).toBe(2022);
  });

  it('holds for a plan that sets more dates than a call can take arguments', async () => {
    const { scanTimes } = await import('../src/extract/time.js');
    const { planYear } = await import('../src/extract/year.js');
    const one = scanTimes('2030年底前完成。');
    const many = Array.from({ length: 300_000 }, () => one);
    many.push(scanTimes('2026年6月底前完成。'));
    expect(planYear(null, many, '')).toBe(2026);
  });
});
