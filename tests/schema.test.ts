import { describe, expect, it } from 'vitest';
import { validateLedger } from '../src/ledger/validate.js';
import { ledgerOf, noPos } from './helpers.js';

const PLAN = '一、目标\n（一）覆盖率达到92%。\n二、任务\n（一）县委组织部年底前完成，每月调度。\n';

describe('ledger schema', () => {
  it('accepts a real ledger', () => {
    expect(validateLedger(ledgerOf(PLAN))).toEqual([]);
  });
  it.each([
    ['a task without units', (l: any) => delete l.tasks[0].units],
    ['a malformed date', (l: any) => (l.tasks[0].deadlines = [{ text: '年底前', date: '2023/12/31' }])],
    ['an unknown cadence', (l: any) => (l.tasks[0].frequency = ['sometimes'])],
    ['a bad id', (l: any) => (l.sections[0].id = '1.a')],
    ['an unknown field', (l: any) => (l.extra = 1)],
    ['a 0-based line', (l: any) => (l.sections[0].position.start.line = 0)],
    ['an unknown kind', (l: any) => (l.sections[0].kind = 'misc')],
  ])('rejects %s', (_, mutate) => {
    const l = structuredClone(ledgerOf(PLAN));
    mutate(l);
    expect(validateLedger(l).length).toBeGreaterThan(0);
  });
  it('carries goals with metrics and tasks with deadlines and cadence', () => {
    const l = ledgerOf(PLAN, 't.txt', 2023);
    expect(noPos(l.goals[0].metrics)).toEqual([{ text: '达到92%', value: 92, unit: '%', comparator: '>=' }]);
    expect(noPos(l.tasks[0].deadlines)).toEqual([{ text: '年底前', date: '2023-12-31' }]);
    expect(l.tasks[0].frequency).toEqual(['monthly']);
  });
});
