/**
 * Who is responsible for a task: units (lead and support) and owners (posts and persons).
 * 1. An explicit annotation wins alone: （责任单位：X、Y）, 〔牵头单位：X；配合单位：Y〕, （X牵头，Y配合）, （X负责）,
 *    or 牵头单位：/责任单位：/配合单位： lines.
 * 2. Otherwise the organisations that are subjects of obligations: X要…, X将…, 由X…, X负责…, X每年….
 * (Inheriting a heading's units when a task names none is the ledger builder's job.)
 */
import { toSimplified } from '../text/chars.js';
import type { Units } from '../types.js';
import { hasPredicate, isOrg, isPost, mayEndName, splitNames, verbs } from './orgs.js';
import { on } from './ablation.js';
import type { WordSet } from '../lexicon/word-set.js';

export interface Responsibility {
  units: Units;
  owners: string[];
  /** The units come from an explicit annotation. */
  explicit: boolean;
}

/** `owner`: named after 责任人：/责任领导：, a person or post whatever the name looks like. */
type Role = 'lead' | 'support' | 'primary' | 'plain' | 'owner';

interface Named {
  name: string;
  role: Role;
}

/** Labels that name who is responsible: 牵头单位：X, 配合单位：Y, 责任人：Z. */
export const LABEL_WORDS =
  '牵头考核单位|牵头单位|牵头部门|主责单位|主办单位|责任单位|责任部门|负责单位|实施单位|承办单位|配合单位|配合部门|协办单位|协助单位|参与单位|责任领导|牵头领导|分管领导|具体负责实施人|负责实施人|具体负责人|具体责任人|责任人';
const LABEL = new RegExp(`(${LABEL_WORDS})\\s*[:：]\\s*`);
const LABEL_AT_START = new RegExp(`^(${LABEL_WORDS})\\s*[:：]\\s*`);
/** 【牵头单位】X【配合单位】Y: a label in brackets, its names after it. */
const BRACKET_LABEL = new RegExp(`[【\\[［]\\s*(${LABEL_WORDS})\\s*[】\\]］]\\s*[:：]?\\s*([^【\\[［\\n。；;]*)`, 'g');
/**
 * 责任单位：X on a line, after a sentence, or right after a heading that runs into it (…增长7%以上责任单位：X,
 * a line break lost); never inside brackets (those are read as annotations). The label words are found
 * first and what stands before them is tested after (a pattern that opened with that test would try the
 * label words at every character).
 */
const LABEL_LINE = new RegExp(`(${LABEL_WORDS})\\s*[:：]\\s*([^\\n。]*)`, 'g');
/** What may stand before a label line's label (spaces aside): a line start, a sentence end, a heading's last character. */
const BEFORE_LABEL = /[\n。；;\u4e00-\u9fff%％）)]/;

const ROLE_TAIL =
  /(?:按职责分工负责|按职责分工配合|按职能分工负责|按职责负责|分别负责|负责落实|共同负责|牵头负责|牵头|负责|配合|参与|协助|协办|指导|落实|主办|承办)$/;

/** Finds the responsibility statements of a task's text. */
export function extractResponsibility(original: string, title = ''): Responsibility {
  const text = toSimplified(original);
  const named = annotations(text, original);
  if (named.length) {
    const isOwner = (n: Named) => n.role === 'owner' || isPost(n.name);
    return { units: assignRoles(named.filter((n) => !isOwner(n))), owners: dedupe(named.filter(isOwner).map((n) => n.name)), explicit: true };
  }
  const { units, owners } = subjects(text, original, title);
  return { units: assignRoles(units), owners: dedupe(owners), explicit: false };
}

/** Lead and support per ANNOTATION.md: when a 牵头 unit is named, every other unit supports. */
function assignRoles(named: Named[]): Units {
  const hasLead = named.some((n) => n.role === 'lead');
  const lead: string[] = [];
  const support: string[] = [];
  for (const n of named) {
    const isLead = hasLead ? n.role === 'lead' : n.role !== 'support';
    (isLead ? lead : support).push(n.name);
  }
  const l = dedupe(lead);
  return { lead: l, support: dedupe(support).filter((s) => !l.includes(s)) };
}

function dedupe(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** 1 for an opening bracket, 2 for a closing one, by character code. */
const BRACKET = new Uint8Array(65536);
for (const c of '（(〔【[［') BRACKET[c.charCodeAt(0)] = 1;
for (const c of '）)〕】]］') BRACKET[c.charCodeAt(0)] = 2;

/** Bracketed and labelled responsibility annotations. */
function annotations(text: string, original: string): Named[] {
  const out: Named[] = [];
  // 【牵头单位】X【配合单位】Y
  const labelled = new Set<number>();
  for (const m of on('units-bracket-label') ? text.matchAll(BRACKET_LABEL) : []) {
    const start = m.index + m[0].length - m[2].length;
    out.push(...parseAnnotation(m[1] + '：' + m[2], m[1] + '：' + original.slice(start, start + m[2].length)));
    labelled.add(m.index);
  }
  // bracketed: (X牵头，Y配合), （责任单位：X）; an unclosed one at the very end (an excerpt) counts too
  const { partner, opens, depthBefore } = brackets(text);
  let after = -1;
  for (const i of opens) {
    if (i <= after || labelled.has(i)) continue;
    const j = partner.get(i) ?? text.length;
    const inner = text.slice(i + 1, j);
    const innerOrig = original.slice(i + 1, j);
    // an excerpt that stops inside an annotation: (市政府辦公室、市
    const cutOff = j >= text.length && /^[^，,。；;]{2,80}$/.test(inner.trim()) && splitNames(inner.trim()).some(isOrg);
    if (cutOff && on('units-excerpt-cut-off')) {
      for (const name of splitNames(innerOrig.trim())) if (isOrg(toSimplified(name))) out.push({ name, role: 'plain' });
      break;
    }
    if (on('units-bracket-annotation') && inner.length <= 300 && (LABEL.test(inner) || hasRoleClause(inner))) {
      const got = parseAnnotation(inner, innerOrig);
      if (got.length) {
        out.push(...got);
        after = j;
      }
    }
  }
  // label lines: 责任单位：X / 牵头单位：X
  for (const m of on('units-label-line') ? text.matchAll(LABEL_LINE) : []) {
    let b = m.index - 1;
    while (b >= 0 && text[b] !== '\n' && /\s/.test(text[b])) b--;
    if (b >= 0 && !BEFORE_LABEL.test(text[b])) continue;
    if (depthBefore(m.index) > 0) continue;
    const start = m.index + m[0].length - m[2].length;
    out.push(...parseAnnotation(m[1] + '：' + m[2], m[1] + '：' + original.slice(start, start + m[2].length)));
  }
  return out;
}

/**
 * Brackets matched once with a stack: the opening brackets in order, each one's partner (none when it is
 * never closed), and the bracket depth before an offset (a stray closing bracket does not go below 0;
 * worked out for the whole text the first time it is asked).
 */
function brackets(text: string): { partner: Map<number, number>; opens: number[]; depthBefore: (at: number) => number } {
  const partner = new Map<number, number>();
  const opens: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const b = BRACKET[text.charCodeAt(i)];
    if (b === 1) {
      stack.push(i);
      opens.push(i);
    } else if (b === 2 && stack.length) partner.set(stack.pop()!, i);
  }
  let depth: Uint32Array | undefined;
  const depthBefore = (at: number) => {
    if (!opens.length) return 0;
    if (!depth) {
      depth = new Uint32Array(text.length + 1);
      let d = 0;
      for (let i = 0; i < text.length; i++) {
        depth[i] = d;
        const b = BRACKET[text.charCodeAt(i)];
        if (b === 1) d++;
        else if (b === 2 && d > 0) d--;
      }
      depth[text.length] = d;
    }
    return depth[at];
  };
  return { partner, opens, depthBefore };
}

/** A clause of the bracket reads `names + role verb` and every name is an organisation. */
function hasRoleClause(inner: string): boolean {
  return inner.split(/[，,；;。]/).some((c) => {
    const m = ROLE_TAIL.exec(c.trim());
    if (!m) return false;
    const names = splitNames(c.trim().slice(0, m.index));
    const known = names.filter((n) => isOrg(n) || isPost(n)).length;
    // most names read as organisations (中国残联 and other short forms may not), none is a clause
    return names.length > 0 && known * 2 >= names.length && names.every((n) => n.length <= 40 && !/[要将应把对]/.test(n));
  });
}

/** Parses `牵头单位：X；配合单位：Y` or `X牵头，Y、Z配合` into names with roles. */
function parseAnnotation(inner: string, innerOrig: string): Named[] {
  const out: Named[] = [];
  // clauses separated by ，；。 (a 、 separates names inside a clause)
  const clauses: [string, string][] = [];
  let last = 0;
  for (let i = 0; i <= inner.length; i++) {
    if (i === inner.length || /[，,；;。\n]/.test(inner[i])) {
      clauses.push([inner.slice(last, i), innerOrig.slice(last, i)]);
      last = i + 1;
    }
  }
  let labelRole: Role | null = null;
  for (const [c, co] of clauses) {
    let clause = c.trim();
    let orig = co.trim();
    if (!clause) continue;
    const lm = LABEL_AT_START.exec(clause);
    if (lm) {
      labelRole = /人$|领导$/.test(lm[1])
        ? 'owner'
        : /牵头|主责|主办/.test(lm[1])
          ? 'lead'
          : /配合|协办|协助|参与/.test(lm[1])
            ? 'support'
            : 'primary';
      clause = clause.slice(lm[0].length);
      orig = orig.slice(orig.length - clause.length);
    } else if (/[:：]/.test(clause)) {
      continue; // another label (完成时限：…) is not about units
    }
    let role: Role = labelRole ?? 'plain';
    const tail = ROLE_TAIL.exec(clause);
    if (tail) {
      role = /牵头|主办/.test(tail[0]) && !/分工/.test(tail[0]) ? 'lead' : /配合|参与|协助|协办/.test(tail[0]) ? 'support' : labelRole ?? 'primary';
      clause = clause.slice(0, tail.index);
      orig = orig.slice(0, tail.index);
    } else if (!lm && labelRole === null) {
      continue; // a clause with neither a label nor a role verb is prose
    }
    // 按职责分工负责 after the list leaves 按职责分工 behind when written 按职责 …
    clause = clause.replace(/按职责分工$|按职责$/, '');
    orig = orig.slice(0, clause.length);
    let pos = 0;
    for (const name of splitNames(clause)) {
      const at = clause.indexOf(name, pos);
      const written = at >= 0 ? orig.slice(at, at + name.length) : name;
      if (at >= 0) pos = at + name.length;
      // 县发改委（牵头）: a bracket after a name marks its role
      const marked = on('units-role-in-brackets') ? /[（(〔【[]\s*(牵头|配合|参与|协助)(?:单位)?\s*[）)〕】\]]$/.exec(toSimplified(written)) : null;
      const bare = marked ? written.slice(0, marked.index) : written;
      const clean = bare.replace(/^.*由/, '').replace(/^请/, '');
      const own: Role = marked ? (marked[1] === '牵头' ? 'lead' : 'support') : role;
      if (clean.length >= 2 && !hasPredicate(toSimplified(clean))) out.push({ name: clean, role: own });
    }
  }
  return out;
}

const LEADING = /^(?:[（(][^）)]{0,40}[）)]|同时|此外|另外|并且|并|而且|其中|特别是|尤其是|首先|其次|最后|然后|一是|二是|三是|四是|五是|六是|七是|八是|九是|十是|一要|二要|三要|四要|五要|由|请|凡|经|在.{1,12}(?:下|中|上|后|前)|对此|为此)\s*/;

/** Names that open a clause, where they end in it, and the role their verb gives them. */
interface Subject {
  names: string[];
  end: number;
  role: Role;
}

/** What a name before a verb cannot end with: a list or a bracket still open. */
const OPEN_LIST = '、和及与等（(“';
/** What goes on a list of names after one of them. */
const LIST_WORD = '、和及与等';

/** The names of the clause's first `end` characters, which an obligation follows, else null. */
function namesAt(clause: string, end: number): string[] | null {
  // (read in place: most verbs follow no name, and nothing is cut out of the clause for them)
  const last = clause[end - 1];
  const next = clause[end] ?? '';
  if (OPEN_LIST.includes(last)) return null; // a list or a bracket is still open
  if ((next && LIST_WORD.includes(next)) || clause.startsWith('负责人', end) || clause.startsWith('负责同志', end)) return null; // the name goes on
  if (last === '所' && next && '需有得用属'.includes(next)) return null; // …所需要的: no 所 (institute) here
  if (!mayEndName(clause, end)) return null; // a look at the last character
  const np = clause.slice(0, end);
  const names = splitNames(np);
  if (!names.length || !names.every((n) => isOrg(n) || isPost(n))) return sharedHead(np);
  // 职业院校、应用型本科高校教师: bodies before a post share its head noun, one post in all
  if (on('owners-shared-post') && names.length > 1 && isPost(names[names.length - 1]) && names.slice(0, -1).every((n) => !isPost(n))) return [np];
  return names;
}

/** 医保、医疗、医药主管部门: short bodies before 、 share the last name's head noun. */
function sharedHead(np: string): string[] | null {
  const parts = np.split('、');
  if (!on('units-shared-head') || parts.length < 2 || !isOrg(parts[parts.length - 1])) return null;
  const heads = parts.slice(0, -1);
  const bare = (p: string) => p.length <= 3 && !isOrg(p) && !isPost(p) && /^[\u4e00-\u9fff]+$/.test(p) && !/^[对把向从在由为与将]/.test(p);
  return heads.every(bare) ? [np] : null;
}

/** X会同Y， with nothing after: the whole clause is the list of names. */
function namesToEnd(clause: string): string[] | null {
  if (!mayEndName(clause)) return null;
  const names = splitNames(clause);
  return names.length > 1 && names.every((n) => isOrg(n) || isPost(n)) ? names : null;
}

/**
 * The shortest opening run of names that an obligation (`verb`) follows; a longer name that an
 * obligation also follows wins (党组织负责人要… over 党组织), and a list that goes on across
 * 会同/、/和/及 (X会同Y、Z等部门筛选确定) is read to its end.
 */
function subjectOf(clause: string, verb: WordSet): Subject | null {
  const max = Math.min(clause.length - 1, 80);
  for (const end of verb.offsets(clause, 2, max)) {
    let names = namesAt(clause, end);
    if (!names) continue;
    let best = end;
    const joiner = on('units-list-read-to-end') ? /^(?:会同|以及|、|和|及|与)/.exec(clause.slice(end)) : null;
    if (joiner) {
      // its first complete reading that a verb follows, else the whole clause
      const ends = [...verbs().subject.offsets(clause, end + joiner[0].length + 2, clause.length - 1), clause.length];
      for (const e2 of ends) {
        if (e2 < end + joiner[0].length + 2) continue;
        const n2 = e2 === clause.length ? namesToEnd(clause) : namesAt(clause, e2);
        if (n2) {
          names = n2;
          best = e2;
          break;
        }
      }
    } else if (on('units-longer-subject')) {
      for (const e2 of verbs().strong.offsets(clause, end + 1, Math.min(max, end + 12))) {
        const n2 = namesAt(clause, e2);
        if (n2) {
          names = n2;
          best = e2;
        }
      }
    }
    return { names, end: best, role: roleOfVerb(clause.slice(best)) };
  }
  return null;
}

/** X牵头… leads (and makes the others support); X配合/协助/参与… supports. */
function roleOfVerb(predicate: string): Role {
  if (on('role-lead-verb') && /牵头(?!单位|部门)/.test(predicate)) return 'lead';
  if (on('role-support-verb') && /^[要将应须需积极主动全力认真切实也都均做好负责]{0,6}(?:配合|协助|参与|协同)/.test(predicate)) return 'support';
  return 'plain';
}

/** The roles a definition gives a body (A是…的主管单位). */
const DEFINED_ROLE = /主管单位|主管部门|责任单位|责任主体|牵头单位|实施主体/;

/** Organisations (and posts) that open a clause and are followed by an obligation. */
function subjects(text: string, original: string, title: string): { units: Named[]; owners: string[] } {
  const units: Named[] = [];
  const owners: string[] = [];
  const take = (clause: string, start: number, verb: WordSet): boolean => {
    const found = subjectOf(clause, verb);
    if (!found) return false;
    const np = clause.slice(0, found.end);
    let pos = 0;
    for (const n of found.names) {
      const at = np.indexOf(n, pos);
      const written = at >= 0 ? original.slice(start + at, start + at + n.length) : n;
      if (at >= 0) pos = at + n.length;
      if (isPost(n)) owners.push(written);
      else units.push({ name: written, role: found.role });
    }
    return true;
  };
  for (const m of text.matchAll(/[^。；;！？!?，,：:\n]+/g)) {
    let start = m.index;
    let clause = m[0];
    for (let k = 0; k < 4; k++) {
      const l = /^\s+/.exec(clause) ?? LEADING.exec(clause);
      if (!l || !l[0]) break;
      start += l[0].length;
      clause = clause.slice(l[0].length);
    }
    if (!(on('units-strong-verb-first') && take(clause, start, verbs().strong))) take(clause, start, verbs().subject);
    // 由X负责/由X进行… inside a clause; 交由X… hands a matter over and makes X responsible for nothing
    const byAt = clause.indexOf('由', 1);
    if (on('units-by') && byAt > 0 && clause[byAt - 1] !== '交') take(clause.slice(byAt + 1), start + byAt + 1, verbs().subject);
  }
  // 明确X为直接责任人: the post named responsible
  for (const m of on('owners-designated') ? text.matchAll(/(?:明确|确定|指定)([^，,。；;、]{2,20}?)为(?:第一|直接|主要)?责任人/g) : []) {
    const at = m.index + m[0].indexOf(m[1]);
    if (isPost(m[1])) owners.push(original.slice(at, at + m[1].length));
  }
  // a body named responsible by a definition: 责任主体为A、B / 检查主体是A; A是…的主管单位 (the subject of 是)
  // (each pattern runs only where its fixed words stand: the second, which opens with a clause of any
  // words, would be tried at every character)
  if (on('units-defined') && !units.length) {
    for (const m of text.includes('主体') ? text.matchAll(/(?:责任|实施|检查|监管|考核|执法)主体(?:为|是)([^。；;，,：:\n]{2,60})/g) : []) {
      const at = m.index + m[0].length - m[1].length;
      let pos = 0;
      for (const n of splitNames(m[1])) {
        const k = m[1].indexOf(n, pos);
        pos = k + n.length;
        if (isOrg(n)) units.push({ name: original.slice(at + k, at + k + n.length), role: 'plain' });
      }
    }
    for (const m of DEFINED_ROLE.test(text) ? text.matchAll(/(?:^|[。；;，,\n])\s*([^。；;，,：:\n]{2,30}?)(?:是|为)[^。；;，,\n]{0,30}?的?(?:主管单位|主管部门|责任单位|责任主体|牵头单位|实施主体)/g) : []) {
      const at = m.index + m[0].indexOf(m[1]);
      if (isOrg(m[1])) units.push({ name: original.slice(at, at + m[1].length), role: 'plain' });
    }
  }
  // an item titled by a body (1.监督组。负责…) is that body's task
  const t = toSimplified(title).trim();
  if (on('units-titled-body') && !units.length && t && isOrg(t) && /^[^。]*。\s*(?:负责|承担|主要负责)/.test(text)) units.push({ name: title.trim(), role: 'plain' });
  // a paragraph headed by a body and a colon states that body's duties (派出所：负责…, 业委会：应当…)
  if (on('units-headed-duty') && !units.length) {
    for (const m of text.matchAll(/(?:^|\n)[ \t\u3000]*([^：:，,。；;\n]{2,20})[：:][ \t\u3000]*(?=应当|应|负责|要|须|必须|承担|做好|主要负责|主要职责|职责)/g)) {
      const at = m.index + m[0].indexOf(m[1]);
      if (isOrg(m[1])) units.push({ name: original.slice(at, at + m[1].length), role: 'plain' });
    }
  }
  return { units, owners };
}
