import { describe, expect, it } from 'vitest';
import { extractResponsibility } from '../src/extract/responsibility.js';
import { isOrg, isPost, mayEndName, splitNames, withExtraNames } from '../src/extract/orgs.js';
import fc from 'fast-check';
import NAMES from '../src/lexicon/names.json' with { type: 'json' };
import { ledgerOf } from './helpers.js';

const units = (text: string) => extractResponsibility(text).units;
const owners = (text: string) => extractResponsibility(text).owners;

describe('explicit annotations win alone', () => {
  it.each([
    ['（责任单位：县委组织部、县财政局）', ['县委组织部', '县财政局'], []],
    ['〔责任单位:县发改委〕', ['县发改委'], []],
    ['【牵头单位：市商务局；配合单位：市财政局、市税务局】', ['市商务局'], ['市财政局', '市税务局']],
    ['（省商务厅牵头，合肥海关、省贸促会按职责分工配合）', ['省商务厅'], ['合肥海关', '省贸促会']],
    ['（合肥海关负责）', ['合肥海关'], []],
    ['（人行合肥中心支行负责）', ['人行合肥中心支行'], []],
    ['（市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭，市級各有關部門及各縣市區政府按職責分工負責）',
      ['市政府辦公室', '市行政審批制度改革工作領導小組辦公室'], ['市級各有關部門', '各縣市區政府']],
    ['（市场监管总局牵头，国家发展改革委、住房城乡建设部、海关总署等国务院相关部门及各地区按职责分工负责）',
      ['市场监管总局'], ['国家发展改革委', '住房城乡建设部', '海关总署', '国务院相关部门', '各地区']],
    ['（教育部、人力资源社会保障部、公安部等国务院相关部门及各地区按职责分工负责）',
      ['教育部', '人力资源社会保障部', '公安部', '国务院相关部门', '各地区'], []],
    ['（责任单位：县发改委〔牵头〕，县财政局）', ['县发改委'], ['县财政局']],
    ['（牵头单位：县发改委；责任单位：县财政局；完成时限：2023年底）', ['县发改委'], ['县财政局']],
    ['【责任单位：县委组织部、县委宣传部】', ['县委组织部', '县委宣传部'], []],
    ['【牵头单位】市发改委【配合单位】市财政局、市税务局', ['市发改委'], ['市财政局', '市税务局']],
    ['[责任单位]县委组织部、县委宣传部', ['县委组织部', '县委宣传部'], []],
    ['(县委组织部牵头,各乡镇配合)', ['县委组织部'], ['各乡镇']],
    ['（省十大新兴产业推进组工作专班牵头单位牵头，省十大新兴产业推进组工作专班成员单位按职责分工配合）',
      ['省十大新兴产业推进组工作专班牵头单位'], ['省十大新兴产业推进组工作专班成员单位']],
  ])('%s', (text, lead, support) => {
    const r = extractResponsibility(`推进某项工作，明确措施。${text}`);
    expect(r.explicit).toBe(true);
    expect(r.units).toEqual({ lead, support });
  });

  it('leaves out a clause inside an annotation that only looks like a name', () => {
    expect(units('建立部门责任清单。（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）')).toEqual({ lead: ['生态环境部', '试点城市政府'], support: [] });
  });

  it('merges several annotations: once a 牵头 unit is named, every other unit supports', () => {
    const r = units('建立清单。（合肥海关负责）扩大出口。（省商务厅牵头，合肥海关配合）开拓市场。（省商务厅牵头，省农业农村厅配合）');
    expect(r).toEqual({ lead: ['省商务厅'], support: ['合肥海关', '省农业农村厅'] });
  });

  it('reads a role marked in brackets after a name in a label line', () => {
    expect(units('推进某项工作。\n责任单位：县发改委（牵头）、县财政局、县住建局')).toEqual({ lead: ['县发改委'], support: ['县财政局', '县住建局'] });
    expect(units('推进某项工作。\n牵头单位：县发改委\n配合单位：县财政局、县住建局\n完成时限：2023年6月底前')).toEqual({ lead: ['县发改委'], support: ['县财政局', '县住建局'] });
  });

  it('takes the names after 责任人： or 责任领导： for owners, persons included', () => {
    const r = extractResponsibility('推进某项工作。\n责任单位：县发改委\n责任领导：王某某\n责任人：李某、县发改委主任');
    expect(r.units).toEqual({ lead: ['县发改委'], support: [] });
    expect(r.owners).toEqual(['王某某', '李某', '县发改委主任']);
  });

  it('reads label lines after the item, and ignores brackets that are not about units', () => {
    expect(units('地区生产总值增长7%以上\n责任单位:区发展和改革局')).toEqual({ lead: ['区发展和改革局'], support: [] });
    expect(units('（以下简称“示范资金”）各乡镇要落实。')).toEqual({ lead: ['各乡镇'], support: [] });
  });

  it('reads a label that a heading runs into when the line break between them is lost', () => {
    expect(units('地区生产总值增长7%以上责任单位：区发展和改革局')).toEqual({ lead: ['区发展和改革局'], support: [] });
    expect(units('推进项目建设牵头单位：县发改委；配合单位：县财政局、县自然资源局')).toEqual({ lead: ['县发改委'], support: ['县财政局', '县自然资源局'] });
    // still never inside brackets, where it is an annotation of its own
    expect(units('推进项目建设（牵头单位：县发改委）')).toEqual({ lead: ['县发改委'], support: [] });
  });

  it('reads an excerpt that stops inside an annotation', () => {
    expect(units('按程序公布。(市政府辦公室、市')).toEqual({ lead: ['市政府辦公室'], support: [] });
  });
});

describe('subjects of obligations', () => {
  it.each([
    ['镇党委要认真履行主体责任。镇党委下辖的基层党组织要实干干实。', ['镇党委', '镇党委下辖的基层党组织']],
    ['各级党政机关和企事业单位每半年至少开展1次培训；县委组织部每年举办1次培训班。', ['各级党政机关', '企事业单位', '县委组织部']],
    ['推行跟班学习机制，分期到县委组织部跟班学习。', []],
    ['各乡镇党委、县直各党（工）委要按照县委的统一部署，组织力量。', ['各乡镇党委', '县直各党（工）委']],
    ['在党委领导下，由党建办统筹协调。', ['党建办']],
    ['生态环境部会同有关部门组建协调小组。', ['生态环境部', '有关部门']],
    ['各高校、科研院所、国有企业和智库以及其他承担科研任务的单位要修订办法。', ['各高校', '科研院所', '国有企业', '智库', '其他承担科研任务的单位']],
    ['医保、医疗、医药主管部门要各司其职。', ['医保、医疗、医药主管部门']],
    ['省财政按比例配套，示范市、县财政按30%筹集。', ['省财政', '示范市、县财政']],
    ['高等职业学校要培养人才。', ['高等职业学校']],
    ['向建立党组织的“两新”组织下派指导员，列入县委党校必学课程。', []],
    ['每个村至少培养2名入党积极分子。', []],
  ])('%s', (text, lead) => {
    expect(units(text).lead).toEqual(lead);
  });

  it.each([
    ['党委书记要主动扛起责任。党员领导干部要提高站位。', ['党委书记', '党员领导干部']],
    ['各村（社区）要发挥作用，党组织负责人要认真部署工作任务。', ['党组织负责人']],
    ['职业院校、应用型本科高校教师每年至少1个月在企业实训。', ['职业院校、应用型本科高校教师']],
    ['分别由市镇领导干部、13个镇属机关单位负责人进行包片帮扶。', ['市镇领导干部', '13个镇属机关单位负责人']],
    ['明确党组织副书记为直接责任人，每季度公开一次。', ['党组织副书记']],
    ['推行党务干部跟班学习机制，帮助指导党务干部提升水平。', []],
  ])('owners: %s', (text, expected) => {
    expect(owners(text)).toEqual(expected);
  });
});

describe('the organisation grammar', () => {
  it.each(['县委组织部', '各村（社区）', '县直各党（工）委', '国务院相关部门', '试点地区政府办公厅（室）', '省贸促会', '联席会议', '培训评价组织', '各地区'])(
    '%s is an organisation',
    (s) => expect(isOrg(s)).toBe(true),
  );
  it.each(['工作机制', '每个村', '精心组织', '部署', '政府网站', '推行党务干部', '党委书记', '年底开展基层党组织', '20%用于基层医疗卫生机构',
    '以下均需试点城市政府', '委托第三方机构', '携同孩子到启慧学校'])('%s is not', (s) =>
    expect(isOrg(s)).toBe(false),
  );
  it('knows posts', () => {
    expect(['党委书记', '班子成员', '责任人', '党委（党组）书记'].every(isPost)).toBe(true);
    expect(isPost('组织党员')).toBe(false);
  });
  it('splits lists without cutting names that hold 和 or 等', () => {
    expect(splitNames('工业和信息化部、区发展和改革局及各地区')).toEqual(['工业和信息化部', '区发展和改革局', '各地区']);
    expect(splitNames('交通运输部、海关总署等国务院相关部门')).toEqual(['交通运输部', '海关总署', '国务院相关部门']);
    expect(splitNames('高等职业学校')).toEqual(['高等职业学校']);
    expect(splitNames('各縣(市、區)人民政府、市政府各部門')).toEqual(['各縣(市、區)人民政府', '市政府各部門']);
    expect(splitNames('各区、各基层医疗卫生机构')).toEqual(['各区', '各基层医疗卫生机构']);
    expect(isOrg('各区')).toBe(true);
  });
  it('looks past a name only where none can end (the cheap test before splitting a clause at each verb)', () => {
    // what the subject search accepts: every name an organisation or a post, or the last 、 piece an organisation
    const names = (s: string) => {
      const ns = splitNames(s);
      return (ns.length > 0 && ns.every((n) => isOrg(n) || isPost(n))) || isOrg(s.split('、').at(-1) ?? '');
    };
    for (const s of ['县财政局', '县财政局、 ', '县财政局等部门', '县财政局及其他', '县财政局和', '各区', '县妇联', '党委书记 ']) {
      expect([s, mayEndName(s)]).toEqual([s, true]);
    }
    for (const s of ['加强', '开展工作', '推进落实']) expect([s, mayEndName(s)]).toEqual([s, false]);
    withExtraNames(['县城投'], () => expect(mayEndName('县城投')).toBe(true));
    expect(mayEndName('县城投')).toBe(false);
    const words = [...NAMES.orgHeads, ...NAMES.posts, ...NAMES.shortNames];
    const pieces = [...words, ...words.map((w) => w.slice(0, -1)), '县', '各', '市', '有关', '工作', '推进', '、', '和', '及', '与', '会同', '等', '部门',
      '单位', '其他', '其', ' ', '\u3000', '（', '）', '的'];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (s, k) => {
        if (!mayEndName(s)) expect([s, names(s)]).toEqual([s, false]);
        // read in place on a longer text: the same as on its first k characters cut out
        const end = k % (s.length + 1);
        expect([s, end, mayEndName(s, end)]).toEqual([s, end, mayEndName(s.slice(0, end))]);
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});

describe('the verbs that follow a subject (names.json: subjectVerbs, strongVerbs)', () => {
  // a word that opens with a list word (及时, 与) reads as the list going on after the name: no subject there
  const joins = (w: string) => /^[、和及与等]/.test(w);
  it.each([...NAMES.subjectVerbs, ...NAMES.strongVerbs].filter((w) => !joins(w)))('县财政局%s推进资金保障工作: 县财政局 is its subject', (w) => {
    const { lead, support } = units(`县财政局${w}推进资金保障工作。`);
    expect([...lead, ...support]).toContain('县财政局');
  });
});

describe('inheritance in the ledger', () => {
  it('children take the units and owners their heading states for all of them', () => {
    const l = ledgerOf('二、活动内容\n（一）抓学习。各村（社区）要坚持学习，党组织负责人要带头。\n1、加强理论学习。组织学习。\n2、强化培训。各村党支部本着实际举办培训。');
    const [a, b] = l.tasks;
    expect(a.units.lead).toEqual(['各村（社区）']);
    expect(a.unitsInherited).toBe(true);
    expect(a.owners).toEqual(['党组织负责人']);
    expect(b.units.lead).toEqual(['各村党支部']);
    expect(b.unitsInherited).toBeUndefined();
  });
});

describe('roles of subjects', () => {
  it('a subject that 配合s supports; a subject that 牵头s leads and the others support', () => {
    expect(units('政府部门要加强监管。行业协会要积极配合政府，提供服务。')).toEqual({ lead: ['政府部门'], support: ['行业协会'] });
    expect(units('县人社局组织制定标准，县教育局依照标准牵头组织开发教材。')).toEqual({ lead: ['县教育局'], support: ['县人社局'] });
  });
});

describe('the name lexicon generalises', () => {
  it.each([
    ['市场主体要依法经营，诚信纳税。', []], // 主体 is a role in an activity, not a body that holds duties
    ['深化校企合作，推动产教融合。', []],
    ['派出所：负责辖区治安巡查。', ['派出所']], // a paragraph headed by a body and a colon
  ])('%s', (text, lead) => {
    expect(extractResponsibility(text).units.lead).toEqual(lead);
  });
});

describe('persons named after a label are owners', () => {
  it.each([
    ['(一)师德建设:(具体负责实施人:刘晓辉)', ['刘晓辉']],
    ['（二）安全管理（具体负责人：王明）', ['王明']],
    ['（三）宣传工作（分管领导：李华；责任单位：县委宣传部）', ['李华']],
  ])('%s', (text, owners) => expect(extractResponsibility(text).owners).toEqual(owners));
});

describe('function words from the dictionary never stand inside a name', () => {
  it.each([
    ['物业每月在小区', false],
    ['有关部门及时', false],
    ['以及县财政局', false],
    ['按照县委要求', false],
    ['市自然资源局', true], // 自然 is kept out of the list: it names things
    ['长三角一体化示范区执委会', true],
    ['县委组织部', true],
  ])('%s', (s, org) => expect(isOrg(s)).toBe(org));

  it('the word list is what the dictionary gives (scripts/build-lexicon.mjs)', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, ['scripts/build-lexicon.mjs', '--check'], { encoding: 'utf8' })).toContain('function-words.json');
  });
});

describe('the classes of error seen on unseen plans', () => {
  it.each([
    ['各区可结合实际开展试点。', []], // a permission is no duty
    ['有条件的学校可以组建社团。', []],
    ['各区要结合实际开展试点。', ['各区']],
    ['各市、县（区）人民政府要加强领导。', ['各市、县（区）人民政府']], // a collective's levels share their head
    ['各区、县级市要抓好落实。', ['各区、县级市']],
    ['各区、各部门要抓好落实。', ['各区', '各部门']],
  ])('%s', (text, lead) => expect(extractResponsibility(text).units.lead).toEqual(lead));
});

describe('bodies named responsible by a definition', () => {
  it.each([
    ['检查主体为县市场监管局、县卫健局，按季度开展检查。', ['县市场监管局', '县卫健局']],
    ['县住建局是物业管理工作的主管部门，负责指导监督。', ['县住建局']],
    ['检查主体的职责是发现问题。', []],
  ])('%s', (text, lead) => expect(extractResponsibility(text).units.lead).toEqual(lead));
});

describe('an annotation closing a run of 一是/二是 items', () => {
  it('is the whole item\'s: each of its items inherits it, and its words are placed', () => {
    const text = '2022年工作要点\n一、主要任务\n（一）政务热线\n3．全面提升热线服务水平。加快升级热线平台：一是直接转办诉求；二是开展满意度回访；三是建立互动机制。（6月底完成，牵头考核单位：市政府办公室、市公安局）\n4．成立热线工作机构。\n';
    const l = ledgerOf(text);
    const items = l.tasks.filter((t) => t.id.startsWith('1.1.3.'));
    expect(items.map((t) => t.units.lead)).toEqual([['市政府办公室', '市公安局'], ['市政府办公室', '市公安局'], ['市政府办公室', '市公安局']]);
    const s = items[0].sources!.find((x) => x.value === '市政府办公室')!;
    expect(text.slice(s.position.start.offset, s.position.end.offset)).toBe('市政府办公室');
    expect(l.tasks.find((t) => t.id === '1.1.4')!.units.lead).toEqual([]);
  });
});
