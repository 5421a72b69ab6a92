/**
 * WordSet answers what the regex alternation of the same words answered (ends with, starts with, holds),
 * on the lexicon's own lists and on strings made of their words, their pieces and other characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import NAMES from '../src/lexicon/names.json' with { type: 'json' };
import FUNCTION_WORDS from '../src/lexicon/function-words.json' with { type: 'json' };
import { WordSet } from '../src/lexicon/word-set.js';

const LISTS: Record<string, string[]> = {
  orgHeads: NAMES.orgHeads,
  posts: NAMES.posts,
  notOrgTails: NAMES.notOrgTails,
  verbStarts: NAMES.verbStarts,
  shortNames: NAMES.shortNames,
  functionWords: FUNCTION_WORDS.words,
};
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('WordSet', () => {
  it('answers on a small list as a reader would', () => {
    const heads = new WordSet(['局', '委员会', '办公室']);
    expect(heads.endsWith('县财政局')).toBe(true);
    expect(heads.endsWith('县委员会')).toBe(true);
    expect(heads.endsWith('局长')).toBe(false);
    expect(heads.startsWith('局长')).toBe(true);
    expect(heads.occursIn('由县办公室牵头')).toBe(true);
    expect(heads.occursIn('由县政府牵头')).toBe(false);
    expect(heads.endsWith('')).toBe(false);
    // the character before the word: 各 before 地区 is a collective, not a place
    const places = new WordSet(['地区', '区']);
    expect(places.endsWith('各地区', (c) => c !== '各')).toBe(true); // 区 after 地
    expect(new WordSet(['地区']).endsWith('各地区', (c) => c !== '各')).toBe(false);
    expect(new WordSet(['地区']).endsWith('地区', (c) => c !== '各')).toBe(true);
  });

  for (const [name, words] of Object.entries(LISTS)) {
    it(`matches the regex alternation on the ${name} list (${words.length} words)`, () => {
      const set = new WordSet(words);
      const alt = words.map(esc).join('|');
      const ends = new RegExp(`(?:${alt})$`);
      const starts = new RegExp(`^(?:${alt})`);
      const holds = new RegExp(alt);
      const notAfterGe = new RegExp(`(?:^|[^各])(?:${alt})$`);
      const global = new RegExp(alt, 'g');
      // every offset at which the pattern matches, each search one character after the last match
      const offsets = (s: string, from: number, to: number) => {
        const out: number[] = [];
        global.lastIndex = from;
        for (let m = global.exec(s); m && m.index <= to; m = global.exec(s)) {
          out.push(m.index);
          global.lastIndex = m.index + 1;
        }
        return out;
      };
      const pieces = [...words, ...words.map((w) => w.slice(1)), ...words.map((w) => w.slice(0, -1)), '各', '县', '市', '的', '和', '、', 'a'];
      const text = fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((xs) => xs.join(''));
      fc.assert(
        fc.property(text, (s) => {
          expect(set.endsWith(s)).toBe(ends.test(s));
          expect(set.startsWith(s)).toBe(starts.test(s));
          expect(set.occursIn(s)).toBe(holds.test(s));
          expect(set.endsWith(s, (c) => c !== '各')).toBe(notAfterGe.test(s));
          expect(set.offsets(s, 1, s.length - 2)).toEqual(offsets(s, 1, s.length - 2));
          expect(set.offsets(s, 0, 80)).toEqual(offsets(s, 0, 80));
        }),
        { numRuns: 400, seed: 20261201 },
      );
    });
  }
});
