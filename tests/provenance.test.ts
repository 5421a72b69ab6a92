/** Every fact in the ledger points at its words in the plan as written (a property over the corpus and the seeds). */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertPlan } from '../src/pipeline.js';
import type { Ledger } from '../src/types.js';

const DIRS = ['fixtures/seeds', '../shared/corpus/dev'].filter(existsSync);
const FILES = DIRS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
/** Words compared without white space, and without a PDF page number the clean view removed between them. */
const squash = (s: string) => s.replace(/\n[ \t\u3000]*\d{1,3}、/g, '').replace(/[\s\u3000\u200b]+/g, '');

/** Facts without a position, and positions whose text is not the fact's words. */
function audit(text: string, l: Ledger): { facts: number; unplaced: string[]; wrong: string[] } {
  let facts = 0;
  const unplaced: string[] = [];
  const wrong: string[] = [];
  const at = (p: { start: { offset?: number }; end: { offset?: number } }) => text.slice(p.start.offset, p.end.offset);
  for (const t of l.tasks) {
    for (const d of t.deadlines) {
      facts++;
      if (!d.position) unplaced.push(`${t.id} deadline ${d.text}`);
      else if (squash(at(d.position)) !== squash(d.text)) wrong.push(`${t.id} deadline ${d.text} ≠ ${at(d.position)}`);
    }
    const named = [...t.units.lead, ...t.units.support, ...t.owners];
    facts += named.length + t.frequency.length;
    for (const n of named) if (!t.sources?.some((s) => s.value === n)) unplaced.push(`${t.id} ${n}`);
    for (const f of t.frequency) if (!t.sources?.some((s) => s.value === f)) unplaced.push(`${t.id} ${f}`);
    for (const s of t.sources ?? []) {
      if (s.fact !== 'frequency' && squash(at(s.position)) !== squash(s.value)) wrong.push(`${t.id} ${s.value} ≠ ${at(s.position)}`);
      // a fact of the task's own lies inside the task
      if (!s.inherited && (s.position.start.offset! < t.position.start.offset! || s.position.end.offset! > t.position.end.offset!)) wrong.push(`${t.id} ${s.value} outside the task`);
    }
  }
  return { facts, unplaced, wrong };
}

describe('provenance: every fact keeps the place it came from', () => {
  it('in a plan written in the test, own and inherited', () => {
    const text = '一、主要任务\n（一）加强宣传（责任单位：县委宣传部）。\n1.每月发布信息，6月底前完成。\n2.开展活动。\n';
    const l = convertPlan(new TextEncoder().encode(text), 't.txt').ledger;
    const t1 = l.tasks[0];
    expect(t1.deadlines[0].position!.start).toMatchObject({ line: 3, column: 10 });
    expect(t1.sources).toEqual([
      { fact: 'unit', value: '县委宣传部', role: 'lead', inherited: true, position: expect.objectContaining({ start: expect.objectContaining({ line: 2 }) }) },
      { fact: 'frequency', value: 'monthly', position: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 3 }) }) },
    ]);
  });

  it('places a fact written twice at each of its places, in a text and in a table row', () => {
    const text = '一、主要任务\n（一）加强组织领导。各县要于2024年6月底前完成部署，县发改委要于2024年6月底前完成评估，覆盖率提高到95%以上，参与率提高到95%以上。\n';
    const t = convertPlan(new TextEncoder().encode(text), 't.txt').ledger.tasks[0];
    const line = text.split('\n')[1];
    const cols = (xs: { text: string; position?: { start: { line: number; column: number } } }[]) => xs.map((x) => x.position!.start.column);
    const places = (w: string) => [line.indexOf(w) + 1, line.indexOf(w, line.indexOf(w) + 1) + 1];
    expect(cols(t.deadlines)).toEqual(places('2024年6月底前'));
    expect(cols(t.metrics)).toEqual(places('提高到95%以上'));
    // a table row's facts are not in text order (its time column, then its content's dates): a repeat still gets its own place
    const table = '一、主要任务\n（一）抓好落实。\n\n附件\n重点任务分工表\n\n序号\n工作任务\n牵头单位\n完成时限\n\n1\n于2024年3月底前摸底，2024年3月底前建档。\n县发改委\n2024年12月底前\n';
    const row = convertPlan(new TextEncoder().encode(table), 't.txt').ledger.tasks.find((x) => x.source === 'table')!;
    const at = (d: { position?: { start: { offset?: number } } }) => d.position!.start.offset!;
    expect(row.deadlines.map((d) => d.text)).toEqual(['2024年12月底前', '2024年3月底前']);
    expect(table.slice(at(row.deadlines[0])).startsWith('2024年12月底前')).toBe(true);
    expect(at(row.deadlines[1])).toBe(table.indexOf('2024年3月底前'));
  });

  it.each(FILES)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const { ledger } = convertPlan(readFileSync(file), file);
    const { unplaced, wrong } = audit(text, ledger);
    expect(wrong).toEqual([]);
    expect(unplaced).toEqual([]);
  });
});
