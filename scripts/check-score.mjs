#!/usr/bin/env node
// Runs the shared scorer on the gold ledgers and fails when a figure falls clearly below the best the
// project has reached (.ci/score-floor.json), so parsing accuracy never slides back unnoticed.
//   node scripts/check-score.mjs            check against the floor
//   node scripts/check-score.mjs --raise    record today's figures where they are higher (never lowers them)
//
// The gold texts are the ones the rules were developed against; the plans that matter are unseen. So
// each figure may fall up to `slack` (one point) below its reference: a general rule that costs one gold
// item where it gains on other texts can land, while a real regression (or many small ones, since the
// reference only ever rises) cannot. Only headline figures are held, so precision and recall may trade.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const SCORER = '../shared/eval/score.mjs';
const FLOOR = '.ci/score-floor.json';
const KEYS = ['outline_f1', 'title_acc', 'marker_acc', 'kind_acc', 'task_f1', 'goal_f1', 'units_f1', 'unit_role_acc', 'owners_f1',
  'deadline_f1', 'frequency_f1', 'year_acc', 'doc_title_acc', 'outline_f1_macro', 'task_f1_macro'];
if (!existsSync(SCORER)) {
  console.log('check-score: ../shared is not here; skipped');
  process.exit(0);
}
const now = JSON.parse(execFileSync('node', [SCORER, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const floor = existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, 'utf8')) : {};
const slack = floor.slack ?? 0.01;
const ref = floor.reference ?? {};
if (process.argv.includes('--raise')) {
  const raised = {};
  for (const k of KEYS) raised[k] = Math.max(ref[k] ?? 0, Math.floor(now[k] * 1000) / 1000);
  const out = { docs: now.docs, slack, reference: raised };
  writeFileSync(FLOOR, JSON.stringify(out, null, 2) + '\n');
  console.log(`check-score: reference raised (${now.docs} gold texts)`);
  process.exit(0);
}
let bad = 0;
if (now.failed > 0) {
  console.log(`check-score: the command failed on ${now.failed} gold texts`);
  bad++;
}
if (floor.docs && now.docs !== floor.docs) console.log(`check-score: note: ${now.docs} gold texts now, the reference was measured on ${floor.docs}`);
for (const [k, best] of Object.entries(ref)) {
  const v = now[k];
  const min = best - slack;
  const mark = v + 1e-9 < min ? 'FAIL' : v + 1e-9 < best ? 'lower' : 'ok';
  if (mark === 'FAIL') bad++;
  console.log(`${mark.padEnd(6)}${k.padEnd(24)}${(100 * v).toFixed(1).padStart(6)}%  (best ${(100 * best).toFixed(1)}%, floor ${(100 * min).toFixed(1)}%)`);
}
console.log(bad ? `check-score: ${bad} figure(s) below the floor` : 'check-score: every figure at or above the floor');
process.exit(bad ? 1 : 0);
