#!/usr/bin/env node
// Runs the shared scorer on the gold ledgers and fails when any figure falls below the floor already
// reached (.ci/score-floor.json), so parsing accuracy never slides back unnoticed.
//   node scripts/check-score.mjs            check against the floor
//   node scripts/check-score.mjs --raise    raise the floor to today's figures (never lowers it)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const SCORER = '../shared/eval/score.mjs';
const FLOOR = '.ci/score-floor.json';
// headline figures only: precision and recall may trade against each other while F1 holds
const KEYS = ['outline_f1', 'title_acc', 'marker_acc', 'kind_acc', 'task_f1', 'goal_f1', 'units_f1', 'unit_role_acc', 'owners_f1',
  'deadline_f1', 'frequency_f1', 'year_acc', 'doc_title_acc', 'outline_f1_macro', 'task_f1_macro'];
if (!existsSync(SCORER)) {
  console.log('check-score: ../shared is not here; skipped');
  process.exit(0);
}
const now = JSON.parse(execFileSync('node', [SCORER, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const floor = existsSync(FLOOR) ? JSON.parse(readFileSync(FLOOR, 'utf8')) : {};
if (process.argv.includes('--raise')) {
  const raised = {};
  for (const k of KEYS) raised[k] = Math.max(floor[k] ?? 0, Math.floor(now[k] * 1000) / 1000);
  writeFileSync(FLOOR, JSON.stringify(raised, null, 2) + '\n');
  console.log('check-score: floor raised');
  process.exit(0);
}
let bad = 0;
if (now.failed > 0) {
  console.log(`check-score: the command failed on ${now.failed} gold texts`);
  bad++;
}
for (const [k, min] of Object.entries(floor)) {
  const v = now[k];
  const mark = v + 1e-9 < min ? 'FAIL' : 'ok';
  if (mark === 'FAIL') bad++;
  console.log(`${mark.padEnd(5)}${k.padEnd(24)}${(100 * v).toFixed(1).padStart(6)}%  (floor ${(100 * min).toFixed(1)}%)`);
}
console.log(bad ? `check-score: ${bad} figure(s) below the floor` : 'check-score: every figure at or above the floor');
process.exit(bad ? 1 : 0);
