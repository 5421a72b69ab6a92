/** Section titles and the kind of a top-level section. */
import { isTitleStop, toSimplified } from '../text/chars.js';
import { LABEL_WORDS } from '../extract/responsibility.js';
import { isOrg } from '../extract/orgs.js';
import type { SectionKind } from '../types.js';

/** Words that end a heading phrase when a flattened heading runs straight into its body. */
const HEADING_TAIL = /(?:要求|目标|思想|原则|任务|措施|保障|步骤|安排|内容|方式|领导|机制|意义|范围|依据|职责|分工|进度|重点)$/;
/** Words that open the body text of a section. */
const BODY_HEAD = /^(?:紧紧|紧密|坚持|围绕|按照|根据|为了|为|以|通过|全面|深入|进一步|认真|切实|结合|着力|聚焦|立足|把|在|到|经过|采用|采取|实行|实施|开展|建立|依托|利用|由|对)/;
/** A CJK unified ideograph of the basic block, by character code. */
const isIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * The title of a section: the text after its marker up to the first 。；：！？ (or half-width forms),
 * the end of the line or the next marker; for a flattened heading that runs into its body, the heading phrase.
 */
export function sectionTitle(text: string, start: number, limit: number, topLevel = true): string {
  let i = start;
  while (i < limit && /[ \t\u3000]/.test(text[i])) i++;
  // a marker alone on its line (01 / 一、) has its title on the next line
  if (text[i] === '\n') while (i < limit && /[\s\u3000]/.test(text[i])) i++;
  // (read by character code: a title may run far, and a string per character is costly)
  let j = i;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || isTitleStop(c)) break;
    // OCR debris between two ideographs (`管理L进一步` where a lost `1.` was read as L)
    if (j > i && c >= 0x41 && c <= 0x5a && isIdeograph(text.charCodeAt(j - 1)) && isIdeograph(text.charCodeAt(j + 1))) break;
  }
  // PDF extraction leaves spaces inside words (讲 话精神); a title reads without them
  let t = text.slice(i, j).trim().replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '');
  // a top-level heading (一、总体要求及目标紧紧围绕…) runs into its body this way, and a short sub-heading
  // ((一)指导思想以习近平…); an item's long first sentence (成立以主要领导为组长的…) is its title as written
  t = headingPhrase(t, topLevel ? 20 : 6);
  // a heading that runs into its responsibility label (…增长7%以上责任单位：X): the label is no part of it
  if (/[:：]/.test(text[j] ?? '')) {
    const label = TRAILING_LABEL.exec(toSimplified(t));
    if (label && label.index >= 2) t = t.slice(0, label.index);
  }
  return t;
}

const TRAILING_LABEL = new RegExp(`(?:${LABEL_WORDS})$`);

/** A flattened heading runs on past commas into its body: cut it where a heading word meets a body word. */
function headingPhrase(t: string, longest: number): string {
  const comma = t.search(/[，,]/);
  if (comma < 0) return t;
  // the words are read in simplified form (one character for one), the title cut from the text as written
  const st = toSimplified(t);
  for (let k = 2; k <= Math.min(longest, comma - 2); k++) {
    if (!HEADING_TAIL.test(st.slice(0, k))) continue;
    const rest = st.slice(k);
    if (BODY_HEAD.test(rest)) return t.slice(0, k);
    // the body opens with its subject: 试点任务|试点地区要认真组织实施
    const subject = /^(.{2,15}?)(?:要|将|应|须|负责|牵头)/.exec(rest);
    if (subject && isOrg(subject[1])) return t.slice(0, k);
  }
  return t;
}

/** Kind of a top-level section from its title (ANNOTATION.md, "kind"). */
export function sectionKind(title: string): SectionKind {
  const t = toSimplified(title).replace(/\s+/g, '');
  if (/保障措施|工作要求|组织领导|组织实施|组织保障|组织形式|工作保障|有关要求|其他事项/.test(t)) return 'safeguards';
  if (/步骤|阶段|时间安排|进度|工作安排|实施安排|日程/.test(t)) return 'schedule';
  if (/措施|任务|内容|行动|举措|重点/.test(t)) return 'measures';
  if (/目标|总体要求|指导思想|基本原则|总则|工作原则|目的|总体思路/.test(t)) return 'goal';
  if (/(?:保障|要求)$/.test(t)) return 'safeguards';
  return 'measures';
}
