/**
 * npm run ablate — a habit against overfitting. Removes each extractor rule (every `on('…')` switch in
 * src/) and each word of the name lexicon (src/lexicon/names.json) in turn, scores the gold ledgers with
 * the shared scorer, and lists the gold texts whose figures change. A rule whose removal changes one
 * text only is a special case: keep it only if the rulebook or Chinese official writing backs it.
 *
 *   npm run ablate                 rules, then the lexicon words that occur in a gold text
 *   npm run ablate -- --rules      rules only
 *   npm run ablate -- --only units-by,orgHeads:校企
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import NAMES from '../src/lexicon/names.json' with { type: 'json' };
import { ablate } from '../src/extract/ablation.js';
import { convertPlan } from '../src/pipeline.js';

const SCORER = '../shared/eval/score.mjs';
const GOLD = '../shared/corpus/gold';
const TEXTS = ['../shared/corpus/seeds', '../shared/corpus/dev'];
if (!existsSync(SCORER)) {
  console.log('ablate: ../shared is not here');
  process.exit(0);
}
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;

const golds = readdirSync(GOLD).filter((f) => f.endsWith('.yaml')).sort().map((f) => parseYaml(readFileSync(join(GOLD, f), 'utf8')).file as string);
const texts = new Map(golds.map((f) => [f, readFileSync(TEXTS.map((d) => join(d, f)).find(existsSync)!)]));
const allText = [...texts.values()].map((b) => b.toString('utf8')).join('\n');

/** Rule ids: every on('…') in the sources. */
function ruleIds(): string[] {
  const ids = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.ts') && e.name !== 'ablation.ts') for (const m of readFileSync(join(d, e.name), 'utf8').matchAll(/\bon\('([a-z0-9-]+)'\)/g)) ids.add(m[1]);
    }
  };
  walk('src');
  return [...ids].sort();
}

/** Lexicon words that occur in some gold text (a word no text holds cannot change a score). */
function wordIds(): string[] {
  return Object.entries(NAMES)
    .filter(([k]) => !k.startsWith('$'))
    .flatMap(([list, ws]) => (ws as string[]).filter((w) => /^[\u4e00-\u9fff（）]+$/.test(w) ? allText.includes(w) : true).map((w) => `${list}:${w}`));
}

type Doc = { file: string; sections: number; tasks: number; units: number; deadlines: number };
type Score = Record<string, number> & { perDoc: Doc[] };
const work = mkdtempSync(join(tmpdir(), 'p2l-ablate-'));

/** The scorer's figures with `ids` switched off. */
function scoreWith(ids: string[], name: string): Score {
  ablate(ids);
  const dir = join(work, name.replace(/[^\w-]/g, '_'));
  mkdirSync(dir, { recursive: true });
  for (const [f, bytes] of texts) {
    let out = '{"sections":[],"tasks":[],"goals":[]}';
    try {
      out = JSON.stringify(convertPlan(bytes, f).ledger);
    } catch {
      // scored as a failed text
    }
    // the scorer finds "the text" by its name and runs the command on it: here the command prints the ledger
    writeFileSync(join(dir, f), out);
  }
  ablate([]);
  return JSON.parse(execFileSync('node', [SCORER, '--json', '--texts', dir, '--cmd', 'cat {file}'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

const HEADLINE = ['outline_f1', 'task_f1', 'units_f1', 'unit_role_acc', 'owners_f1', 'deadline_f1', 'year_acc', 'doc_title_acc'];
const base = scoreWith([], 'base');
const ids = only ?? [...ruleIds(), ...(args.includes('--rules') ? [] : wordIds())];
console.log(`ablate: ${ids.length} rules and words, ${golds.length} gold texts\n`);
console.log('removed                              texts  worse  better  headline change (points)');
const single: string[] = [];
const unused: string[] = [];
try {
  for (const id of ids) {
    const s = scoreWith([id], id);
    const changed = s.perDoc.filter((d, i) => {
      const b = base.perDoc[i];
      return d.sections !== b.sections || d.tasks !== b.tasks || d.units !== b.units || d.deadlines !== b.deadlines;
    });
    const moved = HEADLINE.some((k) => Math.abs(s[k] - base[k]) > 1e-9) || Math.abs(s.unit_role_acc - base.unit_role_acc) > 1e-9;
    if (!changed.length && !moved) {
      unused.push(id);
      continue;
    }
    const sum = (d: Doc) => d.sections + d.tasks + d.units + d.deadlines;
    const worse = changed.filter((d) => sum(d) < sum(base.perDoc.find((b) => b.file === d.file)!));
    const better = changed.length - worse.length;
    const delta = HEADLINE.map((k) => [k, 100 * (s[k] - base[k])] as const).filter(([, v]) => Math.abs(v) >= 0.05).map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v.toFixed(1)}`);
    console.log(`${id.padEnd(36)} ${String(changed.length).padStart(5)}  ${String(worse.length).padStart(5)}  ${String(better).padStart(6)}  ${delta.join(', ')}`);
    if (changed.length === 1) single.push(`${id} (${changed[0].file})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${unused.length} rules and words change nothing on the gold (untested by it): ${unused.slice(0, 40).join(' ')}${unused.length > 40 ? ' …' : ''}`);
console.log(`\nrules and words that change exactly one gold text (special cases to justify or remove):\n${single.map((x) => '  ' + x).join('\n') || '  none'}`);
