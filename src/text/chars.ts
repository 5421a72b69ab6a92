/** Character classes shared by the parser and the extractors. */

/** A CJK ideograph. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Punctuation that ends a title (ANNOTATION.md: 。；：！？ and half-width forms). */
export const TITLE_STOP = /[。；：！？;:!?]/;

// Traditional → simplified for the characters that matter to matching keywords and organisation
// suffixes. One character for one, so offsets into the original text stay valid; the output keeps
// what the text said.
const T2S_PAIRS =
  '牽牵頭头單单責责負负門门協协會会廳厅辦办處处員员組组導导區区縣县鄉乡鎮镇黨党團团機机關关屬属' +
  '務务職职發发業业財财經经濟济農农環环衛卫醫医據据時时間间將将於于與与為为進进實实應应該该' +
  '與与並并從从開开這这對对個个們们級级項项點点數数據据資资產产營营長长養养場场區区號号內内' +
  '兩两歲岁總总統统檢检監监爭争獎奖稅税務务體体覽览貿贸運运輸输鐵铁鄰邻絡络網网電电視视聽听' +
  '軍军舊旧劃划計计劃划規规設设試试證证讀读課课論论講讲識识議议記记詢询調调諮咨謀谋與与邊边' +
  '達达選选遷迁適适還还遠远週周過过際际陣阵隊队險险隨随雙双雜杂離离韓韩顧顾風风飛飞館馆馬马' +
  '驗验體体點点齊齐龍龙歷历壓压廣广庫库應应態态慶庆擔担擴扩據据擁拥擊击數数斷断條条樣样權权' +
  '橫横檢检歸归氣气決决況况淨净渙涣測测滯滞漢汉災灾為为無无煙烟狀状獨独現现環环產产畫画當当' +
  '療疗盡尽監监確确禮礼種种積积窮穷競竞築筑節节範范簡简糧粮紀纪約约紅红級级細细紹绍終终結结' +
  '絕绝統统絲丝維维綜综線线編编練练縮缩績绩繼继續续罰罚聯联聲声肅肃脅胁與与舉举艱艰藝艺蘇苏' +
  '處处號号規规視视親亲覺觉觀观訂订認认討讨訓训許许設设評评詞词試试話话該该誌志認认語语誠诚' +
  '請请諸诸謝谢證证識识譯译護护讓让豐丰貧贫貨货責责貴贵費费資资賽赛贊赞趕赶車车軟软較较載载' +
  '輕轻轉转辦办農农邊边鄉乡釋释針针錢钱鏈链長长門门閉闭問问閑闲閱阅闊阔際际隱隐雲云電电靈灵' +
  '頒颁領领頻频題题額额願愿類类顯显飲饮養养餘余驅驱體体髮发鬥斗魚鱼鳥鸟麼么黃黄鹹咸陽阳營营' +
  '優优傳传債债價价儀仪億亿儘尽兒儿內内冊册凈净創创則则剛刚動动勞劳勢势勵励勝胜匯汇協协卻却' +
  '參参雙双員员問问啟启圍围國国圓圆執执堅坚報报場场塊块壞坏壯壮夠够奪夺奮奋婦妇學学寧宁審审' +
  '寫写將将專专導导層层屬属岡冈峽峡嶺岭幣币幫帮廟庙廢废張张彈弹強强後后復复徵征懷怀態态慮虑';
const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);

/** Simplified code unit of each traditional one (0: the same). */
const T2S_CODE = new Uint16Array(65536);
for (const [t, s] of T2S) T2S_CODE[t.charCodeAt(0)] = s.charCodeAt(0);
const UTF16 = new TextDecoder('utf-16le');

/** Simplified form of `text` for matching, the same length as `text` (the text itself when it has no traditional form). */
export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && !T2S_CODE[text.charCodeAt(i)]) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    codes[j] = T2S_CODE[c] || c;
  }
  return UTF16.decode(codes);
}
