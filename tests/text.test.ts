import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseChineseDigits } from '../src/text/numerals.js';
import { cleanText, toClean, toOriginal, toOriginalEnd } from '../src/text/clean.js';
import { decodePlan, DecodeError } from '../src/text/decode.js';
import { toSimplified } from '../src/text/chars.js';

describe('numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十五', 25], ['九十九', 99], ['一百', 100], ['一百零三', 103], ['两', 2], ['甲', NaN],
  ])('%s = %s', (s, n) => expect(parseChineseNumber(s)).toBe(n));
  it('reads year digits', () => expect(parseChineseDigits('二〇二三')).toBe(2023));
});

describe('clean view', () => {
  it('maps every clean offset back to the original', () => {
    const original = '1、第一页文字，很长的一段正文在这里被截断了，因为PDF的分页，一页有几百个字，所以这一页的最后一句话没有结束，需要和下一页\n2、连接起来。\r\n下一段。';
    const c = cleanText(original);
    expect(c.text).toContain('需要和下一页连接起来。');
    expect(c.text.startsWith('第一页')).toBe(true);
    expect(c.pageNumbers).toEqual([0, original.indexOf('2、')]);
    for (let i = 0; i < c.text.length; i++) expect(original[toOriginal(c, i)]).toBe(c.text[i]);
    // and back: every original offset to the first clean character at or after it
    for (let o = 0; o <= original.length; o++) {
      const i = toClean(c, o);
      expect(i === c.text.length || toOriginal(c, i) >= o).toBe(true);
      if (i > 0) expect(toOriginal(c, i - 1)).toBeLessThan(o);
    }
    expect(toOriginal(c, c.text.length)).toBe(original.length);
    expect(toOriginalEnd(c, c.text.length)).toBe(toOriginal(c, c.text.length - 1) + 1);
  });
  it('finds the page numbers of a PDF flattened to one line, a page apart, and nothing else', () => {
    const page = (words: string) => words.repeat(Math.ceil(260 / words.length));
    // 1、 opens the text, 2、 and 3、 break sentences a page apart: page numbers
    const flat = `1、关于加强工作的方案${page('各单位要加强组织领导，落实工作责任、')}2、完善工作机制${page('定期开展督查，及时通报进展情况、')}“3、两新”组织全覆盖。一、总体要求（一）加强领导。`;
    const c = cleanText(flat);
    expect(c.pageNumbers).toEqual([0, flat.indexOf('2、'), flat.indexOf('3、')]);
    expect(c.text).toContain('落实工作责任、完善工作机制');
    expect(c.text).toContain('“两新”组织全覆盖');
    expect(c.text).toContain('一、总体要求');
    // an enumeration inside a sentence (its items close together) keeps its numbers
    const list = `1、总体安排${page('按照要求推进工作，')}主要有：加强学习、2、完善制度、3、强化考核${page('确保取得实效，')}`;
    expect(cleanText(list).pageNumbers).toEqual([]);
    // and so does an item 1、 with a lone 2、 a page further on (three numbers at least make pages)
    const two = `1、总体安排${page('按照要求推进工作，')}2、完善制度${page('确保取得实效，')}`;
    expect(cleanText(two).pageNumbers).toEqual([]);
    // and a number after a sentence's end is an item, not a page number
    const items = `1、加强领导${page('要切实加强组织领导。')}2、完善制度${page('要健全工作制度。')}`;
    expect(cleanText(items).text).toBe(items);
  });

  it('finds page numbers after short lines (a PDF wrapped line by line) when they run a page apart', () => {
    // lines of a PDF page, about 30 characters each; each page's number opens the next page's first line
    const wrap = (s: string) => s.match(/.{1,30}/g)!.join('\n');
    const page = (n: number) => wrap('各单位要切实加强组织领导，落实工作责任，定期开展督查，及时通报进展情况'.repeat(8) + `第${n}页末`);
    const text = `1、关于加强工作的方案\n${page(1)}\n2、${page(2)}\n3、${page(3)}\n4、完成`;
    const c = cleanText(text);
    expect(c.pageNumbers).toHaveLength(4);
    expect(c.text).not.toMatch(/[234]、/);
    // a heading cut in two by a page (三、试点 / 2、任务) joins up again
    const cut = `1、工作方案\n${page(1)}。\n三、试点\n2、任务\n${page(2)}\n3、${page(3)}`;
    expect(cleanText(cut).text).toContain('三、试点任务');
    // items after a sentence's end are items, however far apart
    const items = `1、加强领导\n${page(1)}。\n2、完善制度\n${page(2)}。\n3、强化考核\n${page(3)}。`;
    expect(cleanText(items).pageNumbers).toEqual([]);
    // and items close together are items even where a line ends without punctuation
    const close = '1、加强领导\n要切实加强组织领导\n2、完善制度\n要健全工作制度\n3、强化考核\n要严格考核';
    expect(cleanText(close).pageNumbers).toEqual([]);
  });

  it('keeps a heading line break and joins a wrapped prose line', () => {
    const c = cleanText('一、总体要求\n坚持党的领导。\n（一）强化结果运用。要强化抓行动工作结果运用，将其作为评先评优的参考\n和依据，并与考核挂钩。');
    expect(c.text).toBe('一、总体要求\n坚持党的领导。\n（一）强化结果运用。要强化抓行动工作结果运用，将其作为评先评优的参考和依据，并与考核挂钩。');
  });
});

describe('decoding', () => {
  it('reads UTF-8 with and without a BOM, and UTF-16', () => {
    expect(decodePlan(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x80])).text).toBe('一');
    expect(decodePlan(new TextEncoder().encode('方案')).encoding).toBe('utf-8');
    expect(decodePlan(new Uint8Array([0xff, 0xfe, 0x00, 0x4e])).text).toBe('一');
  });
  it('refuses empty and binary input', () => {
    expect(() => decodePlan(new Uint8Array())).toThrow(DecodeError);
    expect(() => decodePlan(new Uint8Array([1, 0, 2]))).toThrow(DecodeError);
  });
});

describe('character tests by code', () => {
  it('agree with the patterns they stand for, for every code unit', async () => {
    const { isWhiteSpace, isTitleStop, TITLE_STOP } = await import('../src/text/chars.js');
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const ch = String.fromCharCode(c);
      if (isWhiteSpace(c) !== /\s/.test(ch) || isTitleStop(c) !== TITLE_STOP.test(ch)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});

describe('traditional characters', () => {
  it('simplifies keywords one character for one', () => {
    const t = '市政府辦公室牽頭，各縣市區政府按職責分工負責';
    const s = toSimplified(t);
    expect(s).toBe('市政府办公室牵头，各县市区政府按职责分工负责');
    expect(s.length).toBe(t.length);
  });

  it("simplifies by OpenCC's character table, not only the words the rules use", () => {
    // characters no rule names: a full table, so a traditional plan reads as its simplified form does
    expect(toSimplified('打贏藍天保衛戰三年行動實施方案')).toBe('打赢蓝天保卫战三年行动实施方案');
    expect(toSimplified('韶關市數字政府改革建設2023年工作要點')).toBe('韶关市数字政府改革建设2023年工作要点');
    expect(toSimplified('堅持標準，嚴格考核，鞏固基礎')).toBe('坚持标准，严格考核，巩固基础');
  });

  it('leaves simplified text as it is: the lexicon and the seeds read the same after the mapping', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const NAMES = (await import('../src/lexicon/names.json', { with: { type: 'json' } })).default as Record<string, unknown>;
    const FW = (await import('../src/lexicon/function-words.json', { with: { type: 'json' } })).default;
    const words = [...Object.values(NAMES).filter(Array.isArray).flat(), ...FW.words] as string[];
    for (const w of words) expect(toSimplified(w)).toBe(w);
    // the seeds (simplified plans): hardly a character changes, and then a variant form (査 → 查)
    for (const f of readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`fixtures/seeds/${f}`, 'utf8');
      const simple = toSimplified(text);
      let changed = 0;
      for (let i = 0; i < text.length; i++) if (text[i] !== simple[i]) changed++;
      expect(changed).toBeLessThanOrEqual(Math.max(1, text.length / 2000));
    }
  });
});
