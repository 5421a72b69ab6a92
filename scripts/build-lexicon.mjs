#!/usr/bin/env node
// Derives the lexicon's data files from maintained dictionaries:
// 1. src/lexicon/function-words.json from jieba's dictionary with parts of speech (the dict.txt that
// @node-rs/jieba ships, about 350,000 words): the adverbs (d), prepositions (p) and conjunctions (c) of two
// characters or more that are common (frequency >= MIN_FREQ). No such word stands inside the name of a
// body that holds duties (务必, 进一步, 按照, 以及 …), so a phrase holding one is a clause, not a unit.
// Words the dictionary tags so but that also name things inside real bodies' names are kept out (KEEP_OUT).
// 2. src/lexicon/t2s.json from OpenCC's character table (TSCharacters, as opencc-js ships it): each
// traditional character's first simplified form, one character for one (so offsets hold), leaving out
// a character that is a simplified character in its own right (a key of STCharacters: 苧, 麽 …), so
// that simplified text reads the same after the mapping.
//   node scripts/build-lexicon.mjs          write the files
//   node scripts/build-lexicon.mjs --check  fail when a file is not what its dictionary gives
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
const files = [[OUT, JSON.stringify(data, null, 1) + '\n', `${words.size} words`]];

// traditional → simplified, from OpenCC
// the package root, from the module its exports map names (its package.json is not exported)
const opencc = dirname(dirname(dirname(createRequire(import.meta.url).resolve('opencc-js/core'))));
const table = async (name) => {
  const { default: text } = await import(join(opencc, 'dist', 'esm-lib', 'dict', `${name}.js`));
  return new Map(text.split('|').map((e) => e.split(' ')).map(([k, ...v]) => [k, v]));
};
const ts = await table('TSCharacters');
const st = await table('STCharacters');
const one = (c) => typeof c === 'string' && c.length === 1;
let pairs = '';
let n = 0;
for (const [t, [s]] of [...ts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!one(t) || !one(s) || s === t || st.has(t)) continue;
  pairs += t + s;
  n++;
}
const T2S_OUT = 'src/lexicon/t2s.json';
const t2s = {
  $comment: "Traditional → simplified, one character for one: OpenCC's TSCharacters (first form), without characters that are simplified ones too (STCharacters keys), made by scripts/build-lexicon.mjs. Pairs: traditional then simplified.",
  pairs,
};
files.push([T2S_OUT, JSON.stringify(t2s, null, 1) + '\n', `${n} pairs`]);

for (const [file, text, what] of files) {
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is not what its dictionary gives: run node scripts/build-lexicon.mjs`);
      process.exit(1);
    }
  } else writeFileSync(file, text);
  console.log(`${file}: ${what}`);
}
