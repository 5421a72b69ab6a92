#!/usr/bin/env node
// Derives src/lexicon/function-words.json from jieba's dictionary with parts of speech (the dict.txt that
// @node-rs/jieba ships, about 350,000 words): the adverbs (d), prepositions (p) and conjunctions (c) of two
// characters or more that are common (frequency >= MIN_FREQ). No such word stands inside the name of a
// body that holds duties (务必, 进一步, 按照, 以及 …), so a phrase holding one is a clause, not a unit.
// Words the dictionary tags so but that also name things inside real bodies' names are kept out (KEEP_OUT).
//   node scripts/build-lexicon.mjs          write the file
//   node scripts/build-lexicon.mjs --check  fail when the file is not what the dictionary gives
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MIN_FREQ = 500;
/** Tagged d/p/c but part of names: 自然资源局, 共同体, 一体化示范区 … */
const KEEP_OUT = ['自然', '共同', '一体', '联合', '统一', '直接', '相互', '一起', '同时'];
const OUT = 'src/lexicon/function-words.json';

const dict = join(dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')), 'dict.txt');
const words = new Set();
for (const line of readFileSync(dict, 'utf8').split('\n')) {
  const [w, f, tag] = line.trim().split(/\s+/);
  if (!w || !['d', 'p', 'c'].includes(tag) || [...w].length < 2 || Number(f) < MIN_FREQ) continue;
  if (!/^[\u4e00-\u9fff]+$/.test(w) || KEEP_OUT.includes(w)) continue;
  words.add(w);
}
const data = {
  $comment: `Adverbs, prepositions and conjunctions (jieba dict.txt tags d, p, c; 2+ characters; frequency >= ${MIN_FREQ}) made by scripts/build-lexicon.mjs: no such word stands inside a unit's name.`,
  words: [...words].sort(),
};
const text = JSON.stringify(data, null, 1) + '\n';
if (process.argv.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== text) {
    console.error(`${OUT} is not what the dictionary gives: run node scripts/build-lexicon.mjs`);
    process.exit(1);
  }
} else writeFileSync(OUT, text);
console.log(`${OUT}: ${words.size} words`);
