/**
 * Organisation and post names: the grammar of Chinese government and party bodies (level prefix, body,
 * head noun), the 各/有关/相关 collectives, and how lists of them are split.
 */

/** Head nouns that end an organisation's name (longest first where one contains another). */
export const ORG_HEAD = [
  '人民政府', '办公厅（室）', '办公厅', '办公室', '领导小组', '工作小组', '工作专班', '专班', '委员会', '联席会议', '工作组', '指导组', '小组',
  '党工委', '党（工）委', '党组', '党委', '工委', '纪委', '监委', '总支', '支部', '党组织', '组织部', '宣传部', '统战部',
  '政府', '部门', '单位', '机关', '机构', '企业', '公司', '集团', '银行', '支行', '分行', '海关', '财政', '智库', '组织', '中心', '总局', '分局', '管理局', '局',
  '委', '厅', '办', '部', '署', '院', '所', '站', '队', '会', '社', '处室', '室',
  '学校', '高校', '院校', '医院', '卫生院', '乡镇', '街道', '社区', '村', '村（社区）', '地区', '城市', '试点城市',
  '本级', '协会', '商会', '联合会', '幼儿园', '园区', '图书馆', '文化馆', '博物馆', '纪念馆', '电视台', '广播电视台', '主体', '专家组', '监督组', '采购组', '办事处', '管委会', '校企', '各地', '法院', '检察院',
];
const HEAD_RE = new RegExp(`(?:${[...ORG_HEAD].sort((a, b) => b.length - a.length).map(esc).join('|')})$`);

/** Post and person words that make an owner (党委书记, 班子成员, 责任人). */
const POST_HEAD = [
  '书记', '副书记', '班子成员', '领导干部', '党员干部', '干部', '党员', '负责人', '责任人', '指导员', '组织员', '联络员', '网格员',
  '主任', '副主任', '局长', '县长', '镇长', '乡长', '区长', '市长', '村长', '校长', '院长', '站长', '组长', '队长',
  '副总理', '总理', '委员', '成员', '教师', '老师', '医生', '工作人员', '专干', '第一书记',
  '负责同志', '分管领导', '主要领导', '分管负责人', '联络员',
];
const POST_RE = new RegExp(`(?:${[...POST_HEAD].sort((a, b) => b.length - a.length).map(esc).join('|')})$`);

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\（）]/g, (c) => (c === '（' || c === '）' ? c : '\\' + c));
}

/** Not organisations though they end like one: things, places and abstractions. */
const NOT_ORG = /(?:^|[^各])(?:部署|网站|数字政府|电子政府|机制|体制|体系|制度|工作|平台|项目|资金|经费|标准|政策|措施|意见|方案|办法|规定|通知|计划|会议|活动|建设|管理|服务|发展|改革|能力|水平|质量|作用|责任|任务|目标|要求|原则|内容|情况|问题|环境|领域|行业|社会|群众|人民|市场|阵地|场所|设施|系统|网络|信息|数据|资源|国家|全国|全省|全市|全县|全区|全镇|本地区|本部门|本单位|各方|各类|村规民约|公约|团队|书记|党员)$/;

/**
 * Verbs that open a clause but never a name: a phrase that starts with one (推行党务干部…, 持续推进党支部…,
 * 分期到县委…) is a predicate, not an organisation or a post.
 */
const VERB_START = new RegExp(
  '^(?:推行|推进|推动|开展|加强|实施|建立|健全|完善|落实|深化|强化|提升|提高|持续|严格|积极|引导|鼓励|支持|选派|分期|帮助|采取|' +
    '坚持|围绕|聚焦|结合|按照|根据|通过|充分|全面|深入|大力|着力|切实|认真|进一步|扎实|不断|逐步|及时|定期|培育|打造|构建|优化|' +
    '规范|创新|探索|加快|加大|做好|抓好|抓实|用好|发挥|注重|突出|统筹|整合|压实|明确|细化|制定|出台|修订|编制|建成|实行|执行|' +
    '督促|确保|保障|保证|实现|促进|推广|宣传|动员|召开|举办|开设|设立|设置|成立|组建|配备|配齐|选优|选拔|调整|考核|评估|' +
    '检查|提供|给予|安排|部署|要求|坚决|严厉|依法|依规|主动|自觉|广泛|全力|尽快|抓紧|力争|争取|努力|确定|研究|分析|梳理|摸清|' +
    '排查|整治|清理|取消|下放|简化|压缩|减少|降低|放宽|扩大|增加|新增|引入|吸引|推荐|遴选|认定|评选|表彰|追究|问责|通报|公开|' +
    '公示|发布|报送|上报|备案|审核|办理|受理|签订|对接|衔接|协调|沟通|交流|合作|共建|共享|覆盖|延伸|拓展|改造|新建|扩建|加紧|' +
    '形成|营造|增强|树立|教育|服务|监督|管理|指导|组织开展|压紧|领办|认领|联系|包抓|参加|接受|承担|负责|牵头|配合|参与|会同|' +
    '组织|以|放大|分别|委托|衡量|携同|重点|巩固|带动|厚植|更好|要|代表|示范|能够|逐|有条件的|方便|面向|调动|年底|年初|年内|今年|明年|作为|担任|作出|做出|一些|部分|少数|个别|这些|那些|上述|以上|其中)',
);

/**
 * Bodies whose short names end without a head noun of the grammar: mass organisations and common
 * abbreviations (县妇联, 中国残联, 团县委 already ends in 委).
 */
const LEXICON = /(?:妇联|残联|科协|文联|侨联|工商联|总工会|工会|红十字会|供销社|人行|团委|关工委|老龄办|编办|网信办|双拥办|爱卫办|文明办|综治办|扶贫办|乡村振兴局)$/;

/** An office's own names (from its configuration), read as organisations while extracting. */
let extraNames: Set<string> = new Set();

/** Runs `fn` with `names` added to the organisation names (synchronously; restored afterwards). */
export function withExtraNames<T>(names: Iterable<string>, fn: () => T): T {
  const saved = extraNames;
  extraNames = new Set([...saved, ...names]);
  try {
    return fn();
  } finally {
    extraNames = saved;
  }
}

/** True when `s` reads as the name of an organisation (or a 各…/有关… collective of them). */
export function isOrg(s: string): boolean {
  if (extraNames.has(s)) return true;
  if (s.length < 2 || s.length > 40) return false;
  if (/^各[省市县区乡镇村州盟旗]$/.test(s)) return true; // 各区、各县: the collectives of a level
  if (LEXICON.test(s) && !/[，,。；;：:]/.test(s) && !VERB_START.test(s)) return true;
  if (/[，,。；;：:！？!?"]/.test(s)) return false;
  if ((s.match(/“/g) ?? []).length !== (s.match(/”/g) ?? []).length) return false;
  if ((s.match(/《/g) ?? []).length !== (s.match(/》/g) ?? []).length) return false;
  if (isPost(s)) return false;
  if (hasPredicate(s)) return false;
  if ((s.match(/[（(]/g) ?? []).length !== (s.match(/[）)]/g) ?? []).length) return false;
  if (/应(?![急用])|不再|已经|^所在/.test(s)) return false;
  // 组织 heads a name (培训评价组织) but also ends a verb phrase (精心组织, 有关部门组织)
  if (/组织$/.test(s) && !/党组织$/.test(s) && (s.length < 5 || /(?:适时|精心|具体|负责|部门|单位|统一|认真|分)组织$/.test(s))) return false;
  if (!HEAD_RE.test(s)) return false;
  if (NOT_ORG.test(s) && !/联席会议$/.test(s)) return false;
  if (/^(?:一|两|三|四|五|六|七|八|九|十|\d)+(?:个|家|所)?$/.test(s)) return false;
  // a clause opening with a verb or preposition (指上级党组织…, 向…) is no name
  if (/^[指向对把将被让使给从与和及为在按据经到是]/.test(s)) return false;
  if (s.length > 3 && VERB_START.test(s)) return false;
  if (!ofIsName(s)) return false;
  // a quantified scope (每个村, 一个村) is not a name
  if (/^(?:每|每个|一个|每一个|该|此|本|其(?![他它])|这|那|哪)/.test(s)) return false;
  return true;
}

/** A predicate inside (学校积极为企业提供所, 以下均需试点城市政府) makes a phrase no name. */
export function hasPredicate(s: string): boolean {
  return /由|需|积极|提供|要求|应当|必须|能够|确保|充分|如果|已|将|到|每一|以下|不再|^\d+年|年底|年内|%|％|\/\/|[a-z]{3}/.test(s);
}

/** True when `s` reads as a post or a person (owners). */
export function isPost(s: string): boolean {
  if (s.length < 2 || s.length > 40) return false;
  if (/[，,。；;：:！？!?]/.test(s)) return false;
  if (/^[指向对把将被让使给从与和及为在按据经到是]/.test(s)) return false;
  if (s.length > 3 && VERB_START.test(s)) return false;
  if (/^[一二三四五六七八九十][问点评是要]/.test(s) || /由/.test(s)) return false;
  if (!ofIsName(s)) return false;
  return POST_RE.test(s) && !/^(?:每|每个|一个|该|此|本|其|这)/.test(s);
}

/** 的 inside a name joins two names (镇党委下辖的基层党组织), never a clause (…的作用). */
function ofIsName(s: string): boolean {
  const i = s.lastIndexOf('的');
  if (i < 0) return true;
  return i >= 2 && i < s.length - 2 && !/[，,、]/.test(s.slice(0, i));
}

/** The end of a name, for deciding whether 和/及/与 joins two names or sits inside one (工业和信息化部). */
const ENDS_NAME = new RegExp(`(?:${[...ORG_HEAD, ...POST_HEAD, '企业', '组织', '单位'].sort((a, b) => b.length - a.length).map(esc).join('|')}|各地区|各地)$`);

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
    if (ENDS_NAME.test(before) || /^(?:相关|有关|其他|其它|各)/.test(list.slice(m.index + 1))) {
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
          if (/^(?:示范)?[省市县区乡镇村州]$/.test(acc.trim())) {
            acc += sep;
            continue;
          }
          if (acc) parts.push(acc);
          acc = '';
        } else if (ENDS_NAME.test(acc) && /^[\u4e00-\u9fff（(“]/.test(pieces[i + 1] ?? '')) {
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
