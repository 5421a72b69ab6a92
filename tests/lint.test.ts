/** Every lint rule against the ok / not-ok examples written in its own file. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/lint/index.js';
import { checkPlan } from '../src/lint/check-plan.js';

const only = (id: string) => new Map(RULES.map((r) => [r.id, r.id === id ? ('warning' as const) : ('off' as const)]));
const findings = (id: string, text: string) =>
  checkPlan(new TextEncoder().encode(text), 'draft.txt', { settings: only(id) }).messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.reason}`);

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has a description in Chinese and examples both ways', () => {
    expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
    expect(rule.examples.ok.length).toBeGreaterThan(0);
    expect(rule.examples.notOk.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.ok.map((t) => [t]))('ok: %j', (text) => expect(findings(id, text)).toEqual([]));
  it.each(rule.examples.notOk.map((e) => [e.text, e.messages]))('not ok: %j', (text, messages) => expect(findings(id, text)).toEqual(messages));
});
