/**
 * Organisation and post names: the grammar of Chinese government and party bodies (level prefix, body,
 * head noun), the 各/有关/相关 collectives, and how lists of them are split.
 */

import NAMES from '../lexicon/names.json' with { type: 'json' };
import FUNCTION_WORDS from '../lexicon/function-words.json' with { type: 'json' };
import { ablationGeneration, on } from './ablation.js';
import { WordSet } from '../lexicon/word-set.js';
import { isWhiteSpace } from '../text/chars.js';


/** The words of list `name` in use (all of them, unless `npm run ablate` took one out). */
function words(name: 'orgHeads' | 'posts' | 'notOrgTails' | 'verbStarts' | 'shortNames' | 'subjectVerbs' | 'strongVerbs'): string[] {
  return NAMES[name].filter((w) => on(`${name}:${w}`));
}

interface Grammar {
  /** Head nouns a name ends with (委员会, 局, 办公室 …). */
  head: WordSet;
  /** Post or person words a name ends with (书记, 班子成员, 责任人). */
  post: WordSet;
  /** Ends of things, places and abstractions that end like an organisation but are none. */
  notOrg: WordSet;
  /** Verbs that open a clause but never a name: a phrase that starts with one is a predicate. */
  verbStart: WordSet;
  /** Bodies whose short names end without a head noun of the grammar (县妇联, 中国残联). */
  shortName: WordSet;
  /** The ends of a name, for deciding whether 和/及/与 joins two names or sits inside one (工业和信息化部). */
  endsName: WordSet;
  /** Adverbs, prepositions and conjunctions from the dictionary: none stands inside a name (各单位务必要把). */
  functionWord: WordSet;
  /** The last characters of the head nouns, posts and short names: every organisation or post ends in one. */
  lastChars: Set<string>;
  /**
   * The verbs that follow the name opening a clause when it is the subject of an obligation (subject; 可/可以
   * grant a permission, which is no duty: 各区可…), and those that mark one most surely (strong: the subject
   * before them wins over a shorter one).
   */
  verbs: { subject: WordSet; strong: WordSet };
}

let grammar: Grammar | null = null;
let grammarGeneration = -1;

/** The name grammar made from the word lists (again only when an ablation changed them). */
function g(): Grammar {
  if (grammar && grammarGeneration === ablationGeneration()) return grammar;
  const heads = words('orgHeads');
  const posts = words('posts');
  grammar = {
    head: new WordSet(heads),
    post: new WordSet(posts),
    notOrg: new WordSet(words('notOrgTails')),
    verbStart: new WordSet(words('verbStarts')),
    shortName: new WordSet(words('shortNames')),
    endsName: new WordSet([...heads, ...posts, '企业', '组织', '单位', '各地区', '各地']),
    functionWord: new WordSet(on('function-words') ? FUNCTION_WORDS.words : []),
    lastChars: new Set([...heads, ...posts, ...words('shortNames')].map((w) => w[w.length - 1])),
    verbs: { subject: new WordSet(words('subjectVerbs')), strong: new WordSet(words('strongVerbs')) },
  };
  grammarGeneration = ablationGeneration();
  return grammar;
}

/** The verbs that follow the subject of an obligation (subjectVerbs), and those that mark one most surely (strongVerbs). */
export function verbs(): { subject: WordSet; strong: WordSet } {
  return g().verbs;
}

/** An office's own names (from its configuration), read as organisations while extracting. */
let extraNames: Set<string> = new Set();
/** Their last characters. */
let extraLastChars: Set<string> = new Set();

/** Runs `fn` with `names` added to the organisation names (synchronously; restored afterwards). */
export function withExtraNames<T>(names: Iterable<string>, fn: () => T): T {
  const saved = extraNames;
  const savedLast = extraLastChars;
  extraNames = new Set([...saved, ...names]);
  extraLastChars = new Set([...extraNames].filter(Boolean).map((n) => n[n.length - 1]));
  try {
    return fn();
  } finally {
    extraNames = saved;
    extraLastChars = savedLast;
  }
}

/** True when `s` reads as the name of an organisation (or a 各…/有关… collective of them). */
export function isOrg(s: string): boolean {
  if (extraNames.has(s)) return true;
  if (s.length < 2 || s.length > 40) return false;
  if (/^各[省市县区乡镇村州盟旗]$/.test(s)) return true; // 各区、各县: the collectives of a level
  if (/^各[省市县区乡镇村州盟旗](?:、(?:[县市区]级)?[省市县区乡镇村州盟旗])+$/.test(s)) return true; // 各区、县级市, 各县、市、区
  if (g().shortName.endsWith(s) && !/[，,。；;：:]/.test(s) && !g().verbStart.startsWith(s)) return true;
  // (every test below only rules out; the cheapest and most telling, a head noun at the end, goes first)
  if (!g().head.endsWith(s)) return false;
  if (/[，,。；;：:！？!?"]/.test(s)) return false;
  if ((s.match(/“/g) ?? []).length !== (s.match(/”/g) ?? []).length) return false;
  if ((s.match(/《/g) ?? []).length !== (s.match(/》/g) ?? []).length) return false;
  if (isPost(s)) return false;
  if (hasPredicate(s)) return false;
  if (g().functionWord.occursIn(s)) return false;
  if ((s.match(/[（(]/g) ?? []).length !== (s.match(/[）)]/g) ?? []).length) return false;
  if (/应(?![急用])|不再|已经|^所在/.test(s)) return false;
  // 组织 heads a name (培训评价组织) but also ends a verb phrase (精心组织, 有关部门组织)
  if (/组织$/.test(s) && !/党组织$/.test(s) && (s.length < 5 || /(?:适时|精心|具体|负责|部门|单位|统一|认真|分)组织$/.test(s))) return false;
  if (g().notOrg.endsWith(s, (c) => c !== '各') && !/联席会议$/.test(s)) return false;
  if (/^(?:一|两|三|四|五|六|七|八|九|十|\d)+(?:个|家|所)?$/.test(s)) return false;
  // a clause opening with a verb or preposition (指上级党组织…, 向…) is no name
  if (/^[指向对把将被让使给从与和及为在按据经到是]/.test(s)) return false;
  if (s.length > 3 && g().verbStart.startsWith(s)) return false;
  if (!ofIsName(s)) return false;
  // a quantified scope (每个村, 一个村) is not a name
  if (/^(?:每|每个|一个|每一个|该|此|本|其(?![他它])|这|那|哪)/.test(s)) return false;
  return true;
}

/**
 * Characters that may end a list of names whose last name is dropped (X、Y等部门, X及其他) or whose last
 * piece is a separator: the names read before them must still be looked at.
 */
const LIST_TAILS = new Set([...'门位区构', ...'其表他它', ...'、和及与或同']);
/** The levels of the 各区、各县 collectives. */
const LEVELS = new Set([...'省市县区乡镇村州盟旗']);

/**
 * False when no reading of `s` as a list of names (splitNames) can end in an organisation or a post, nor
 * its last 、 piece be one: true names end in a head noun, a post, a short name, a collective's level or an
 * office's own name, and a dropped last name leaves one of LIST_TAILS. A cheap test before splitting,
 * which a search for the subject of a clause makes at every verb (on the first `end` characters of `s`,
 * so that nothing is cut out of it first).
 */
export function mayEndName(s: string, end = s.length): boolean {
  if (end <= 0) return false;
  // the last character, and the last one before trailing white space
  let seen = end - 1;
  while (seen >= 0 && isWhiteSpace(s.charCodeAt(seen))) seen--;
  return endsName(s[end - 1]) || (seen >= 0 && endsName(s[seen]));
}

/** The last character of a name, or of a list whose last name is dropped (mayEndName). */
function endsName(c: string): boolean {
  return g().lastChars.has(c) || extraLastChars.has(c) || LEVELS.has(c) || LIST_TAILS.has(c);
}

/** A predicate inside (学校积极为企业提供所, 以下均需试点城市政府) makes a phrase no name. */
export function hasPredicate(s: string): boolean {
  return /由|需|积极|提供|要求|应当|必须|能够|确保|充分|如果|已|将|到|每一|以下|不再|^\d+年|年底|年内|%|％|\/\/|[a-z]{3}/.test(s);
}

/** True when `s` reads as a post or a person (owners). */
export function isPost(s: string): boolean {
  if (s.length < 2 || s.length > 40) return false;
  if (!g().post.endsWith(s)) return false; // (the rest only rules out)
  if (/[，,。；;：:！？!?]/.test(s)) return false;
  if (/^[指向对把将被让使给从与和及为在按据经到是]/.test(s)) return false;
  if (s.length > 3 && g().verbStart.startsWith(s)) return false;
  if (/^[一二三四五六七八九十][问点评是要]/.test(s) || /由/.test(s)) return false;
  if (!ofIsName(s)) return false;
  if (g().functionWord.occursIn(s)) return false;
  return !/^(?:每|每个|一个|该|此|本|其|这)/.test(s);
}

/** 的 inside a name joins two names (镇党委下辖的基层党组织), never a clause (…的作用). */
function ofIsName(s: string): boolean {
  const i = s.lastIndexOf('的');
  if (i < 0) return true;
  return i >= 2 && i < s.length - 2 && !/[，,、]/.test(s.slice(0, i));
}

/**
 * Splits a list of names on 、 and on 和/及/与/以及/会同/等 where both sides are whole names:
 * `国家发展改革委、工业和信息化部等国务院相关部门及各地区` → 国家发展改革委, 工业和信息化部, 国务院相关部门, 各地区.
 * `示范市、县财政` stays whole: a bare level before 、 shares the head noun after it.
 */
export function splitNames(list: string): string[] {
  const parts: string[] = [];
  // 等 closes an enumeration: X、Y等Z → X, Y, Z (but 高等学校 keeps its 等)
  const chunks: string[] = [];
  let from = 0;
  for (const m of list.matchAll(/等(?=[\u4e00-\u9fff（(“])/g)) {
    const before = list.slice(from, m.index);
    if (g().endsName.endsWith(before) || /^(?:相关|有关|其他|其它|各)/.test(list.slice(m.index + 1))) {
      chunks.push(before);
      from = m.index + 1;
    }
  }
  chunks.push(list.slice(from));
  for (const chunk of chunks) {
    let acc = '';
    const pieces = splitOutsideBrackets(chunk);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (i % 2 === 1) {
        const sep = p;
        if (sep === '、') {
          // a bare level (市、县财政) or an unfinished name waits for its head noun
          // 各市、县（区）人民政府, 各区、县级市: a collective's list of levels shares what follows (but 各区、各部门 are two)
          if (/^各?(?:示范)?[省市县区乡镇村州]$/.test(acc.trim()) && !/^(?:各|有关|相关)/.test(pieces[i + 1] ?? '')) {
            acc += sep;
            continue;
          }
          if (acc) parts.push(acc);
          acc = '';
        } else if (g().endsName.endsWith(acc) && /^[\u4e00-\u9fff（(“]/.test(pieces[i + 1] ?? '')) {
          if (acc) parts.push(acc);
          acc = '';
        } else {
          acc += sep;
        }
        continue;
      }
      acc += p;
    }
    if (acc) parts.push(acc);
  }
  return parts
    .map((s) => s.trim())
    .filter(Boolean)
    .filter((s, i) => !(i > 0 && /^(?:部门|单位|地区|机构)$/.test(s))) // X、Y等部门: the generic word adds no one
    .filter((s) => !/^其(?:代表|他|它)?$/.test(s));
}

/** Splits on the list words 、 以及 和 及 与 或 会同 同, never inside brackets (各縣(市、區)人民政府). */
function splitOutsideBrackets(chunk: string): string[] {
  const parts = chunk.split(/(、|以及|和|及|与|或|会同|同)/); // name, separator, name, …
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < parts.length; i += 2) {
    if (depth > 0) out[out.length - 1] += parts[i];
    else out.push(parts[i]);
    depth += (parts[i].match(/[（(〔【]/g) ?? []).length - (parts[i].match(/[）)〕】]/g) ?? []).length;
    if (i + 1 < parts.length) {
      if (depth > 0) out[out.length - 1] += parts[i + 1]; // a separator inside brackets is part of the name
      else out.push(parts[i + 1]);
    }
  }
  return out;
}
