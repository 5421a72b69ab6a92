import { describe, expect, it } from 'vitest';
import { outlineOf, ledgerOf, noPos } from './helpers.js';
import { parsePlan } from '../src/parse/index.js';

describe('marker families', () => {
  it('reads 一、 > （一） > 1. > （1） > ① on the standard ladder', () => {
    const text = [
      '一、总体要求',
      '（一）指导思想。坚持以人民为中心。',
      '二、主要任务',
      '（一）加强组织建设',
      '1.健全制度。要建立台账。',
      '（1）每月通报。',
      '①建立清单；',
      '②定期检查。',
      '（2）季度考核。',
      '2．强化考核',
    ].join('\n');
    expect(outlineOf(text)).toEqual([
      '1 一、 总体要求',
      '1.1 （一） 指导思想',
      '2 二、 主要任务',
      '2.1 （一） 加强组织建设',
      '2.1.1 1. 健全制度',
      '2.1.1.1 （1） 每月通报',
      '2.1.1.1.1 ① 建立清单',
      '2.1.1.1.2 ② 定期检查',
      '2.1.1.2 （2） 季度考核',
      '2.1.2 2． 强化考核',
    ]);
  });

  it('accepts ASCII brackets, tortoise-shell brackets and 1、', () => {
    const text = '一、目标\n(一)甲项工作\n〔二〕乙项工作\n1、落实甲\n2、落实乙';
    expect(outlineOf(text)).toEqual(['1 一、 目标', '1.1 (一) 甲项工作', '1.2 〔二〕 乙项工作', '1.2.1 1、 落实甲', '1.2.2 2、 落实乙']);
  });

  it('reads 第一章 > 第一条 and takes the title up to the first full stop', () => {
    const text = '第一章总则\n第一条为规范资金管理，制定本办法。\n第二条本办法适用于全省。\n第二章资金分配\n第三条资金按因素法分配。';
    expect(outlineOf(text)).toEqual([
      '1 第一章 总则',
      '1.1 第一条 为规范资金管理，制定本办法',
      '1.2 第二条 本办法适用于全省',
      '2 第二章 资金分配',
      '2.3 第三条 资金按因素法分配',
    ]);
  });

  it('reads decimal outlines, nesting by the count of numbers', () => {
    const text = '1总则\n1.1制定目的\n为规范应对。\n1.2分级分类\n1.2.1一般事件。\n(1)自然灾害。\n2组织体系\n2.1领导机构';
    expect(outlineOf(text)).toEqual([
      '1 1 总则',
      '1.1 1.1 制定目的',
      '1.2 1.2 分级分类',
      '1.2.1 1.2.1 一般事件',
      '1.2.1.1 (1) 自然灾害',
      '2 2 组织体系',
      '2.1 2.1 领导机构',
    ]);
  });

  it('makes 一是/二是 enumerations children of the leaf whose text holds them', () => {
    const text = '一、工作目标\n（一）基本原则。一是坚持依法合规。二是坚持公开透明；三是坚持稳妥推进。\n（二）工作范围。全市统一是原则。';
    expect(outlineOf(text)).toEqual([
      '1 一、 工作目标',
      '1.1 （一） 基本原则',
      '1.1.1 一是 坚持依法合规',
      '1.1.2 二是 坚持公开透明',
      '1.1.3 三是 坚持稳妥推进',
      '1.2 （二） 工作范围',
    ]);
  });

  it('ignores a lone 一是 and enumerations under a heading with numbered children', () => {
    expect(outlineOf('一、要求\n一是加强领导。\n（一）统筹推进。')).toEqual(['1 一、 要求', '1.1 （一） 统筹推进']);
  });

  it('puts 1. straight under 一、 when a section has no （一） layer, with ids from the markers', () => {
    const text = '一、思想铸魂\n1.开展主题教育。\n二、完善体系\n2.完善组织体系。\n3.完善考评体系。';
    expect(outlineOf(text)).toEqual(['1 一、 思想铸魂', '1.1 1. 开展主题教育', '2 二、 完善体系', '2.2 2. 完善组织体系', '2.3 3. 完善考评体系']);
  });

  it('does not take numbers inside sentences for markers', () => {
    const text = '一、要求\n党委书记年内开展1一2次督查，落实三会一课，第一议题学习，资委办2014157号文件，提高1.5倍。';
    expect(outlineOf(text)).toEqual(['1 一、 要求']);
  });
});

describe('flattened text', () => {
  it('finds markers that run inline with no line breaks', () => {
    const text =
      '为加强基层党建，制定如下方案。一、总体要求及目标紧紧围绕中心工作，巩固成果。二、主要任务(一)实施“党建责任”提升行动1.强化领导责任制。镇党委将建立健全制度。2.开展“四个一”活动。开展调研。(二)实施“组织覆盖”提升行动3.推进横向覆盖。镇党委将下派指导员。';
    expect(outlineOf(text)).toEqual([
      '1 一、 总体要求及目标',
      '2 二、 主要任务',
      '2.1 (一) 实施“党建责任”提升行动',
      '2.1.1 1. 强化领导责任制',
      '2.1.2 2. 开展“四个一”活动',
      '2.2 (二) 实施“组织覆盖”提升行动',
      '2.2.3 3. 推进横向覆盖',
    ]);
  });

  it('removes page numbers that PDF extraction left at line starts', () => {
    // pages of a flattened PDF: long lines, each breaking off mid-sentence
    const filler = '巩固拓展主题教育成果，深化基层党组织拓展覆盖、功能提升、优化保障三大工程，';
    const text = [
      `1、 关于基层党建的实施方案为加强党建，制定如下方案。一、总体要求坚持党的领导，${filler}实施党建责任、服务能力、`,
      `2、基层治理等提升行动。二、主要任务(一)强化领导1.健全责任制。${filler}镇党委将建立`,
      '3、领导小组，定期研究党建工作。2.开展活动。',
    ].join('\n');
    const { tree } = parsePlan(text);
    const ids = outlineOf(text);
    expect(ids).toEqual(['1 一、 总体要求', '2 二、 主要任务', '2.1 (一) 强化领导', '2.1.1 1. 健全责任制', '2.1.2 2. 开展活动']);
    expect(tree.title).toBe('关于基层党建的实施方案');
    // the page number and its line break are gone: the sentence joins up again
    expect(tree.children[0].text).toContain('服务能力、基层治理');
    expect(tree.children[1].children[0].children[0].text).toContain('镇党委将建立领导小组');
  });

  it('takes the plan the cover letter sends as the title when the letter runs into the text (line breaks lost)', () => {
    const body = '一、总体要求坚持党的领导。二、主要任务（一）强化领导。';
    // …关于印发《X》的通知: X to its closing 》, past a document word inside it (…计划实施方案)
    const quoted = `县人民政府办公室关于印发《安全生产三年行动计划实施方案》的通知各乡镇：现将《安全生产三年行动计划实施方案》印发给你们，请认真贯彻执行。${body}`;
    expect(parsePlan(quoted).tree.title).toBe('安全生产三年行动计划实施方案');
    // without brackets the name ends at its document word; traditional characters read the same
    expect(parsePlan(`國務院辦公廳關於印發“無廢城市”建設試點工作方案的通知${body}`).tree.title).toBe('“無廢城市”建設試點工作方案');
    // a title of the plan's own is left as it is
    expect(parsePlan(`关于加强基层党建的实施方案为加强党建，制定本方案。${body}`).tree.title).toBe('关于加强基层党建的实施方案');
  });

  it('ends a cover letter flattened with its plan at its signing date, not at a deadline inside it', () => {
    const filler = '各单位要切实加强领导，明确责任，狠抓落实，确保各项工作落到实处。'.repeat(6);
    const text =
      '区人民政府办公室关于印发2023年重点工作责任分解方案的通知各街道办事处：《2023年重点工作责任分解方案》已经区人民政府同意，现印发给你们，并就有关事项通知如下：' +
      `一、各责任单位要高度重视，并于2023年1月15日前将工作方案报区人民政府办公室。${filler}二、区绩效考评机构要加强考核。` +
      '区人民政府办公室2023年1月3日（此件公开发布）2023年重点工作责任分解方案一、主要预期目标（一）地区生产总值增长7%。二、重点工作（一）推进项目建设。';
    const { tree } = parsePlan(text);
    expect(tree.title).toBe('2023年重点工作责任分解方案');
    expect(outlineOf(text)).toEqual(['1 一、 主要预期目标', '1.1 （一） 地区生产总值增长7%', '2 二、 重点工作', '2.1 （一） 推进项目建设']);
    // and the closing formula of a letter signs it as well
    const closing = text.replace('区人民政府办公室2023年1月3日', '特此通知。2023年1月3日');
    expect(outlineOf(closing)[0]).toBe('1 一、 主要预期目标');
  });

  it('leaves a responsibility label out of a heading that runs into it', () => {
    const { tree } = parsePlan('一、主要目标（一）地区生产总值增长7%以上责任单位：区发改局（二）规上工业增加值增长12%以上责任单位：区经信局');
    expect(tree.children[0].children.map((c) => c.title)).toEqual(['地区生产总值增长7%以上', '规上工业增加值增长12%以上']);
  });

  it('reads a plan in traditional characters as its simplified form: cover letter, furniture, headings, kinds', () => {
    const simplified =
      '区教育局关于印发《2026年幼儿园招生工作方案》的通知\n各幼儿园：\n《2026年幼儿园招生工作方案》已经审议通过，现印发给你们，请遵照执行。\n区教育局\n2026年4月20日\n（联系科室：幼儿教育科）\n2026年幼儿园招生工作方案\n' +
      '一、总体要求及目标紧紧围绕立德树人，坚持公平公正，确保招生平稳。\n（一）适龄优先。\n二、主要任务\n（一）做好报名工作。区教育局负责，5月底前完成。\n';
    const traditional =
      '區教育局關於印發《2026年幼兒園招生工作方案》的通知\n各幼兒園：\n《2026年幼兒園招生工作方案》已經審議通過，現印發給你們，請遵照執行。\n區教育局\n2026年4月20日\n（聯繫科室：幼兒教育科）\n2026年幼兒園招生工作方案\n' +
      '一、總體要求及目標緊緊圍繞立德樹人，堅持公平公正，確保招生平穩。\n（一）適齡優先。\n二、主要任務\n（一）做好報名工作。區教育局負責，5月底前完成。\n';
    const view = (text: string) => {
      const { tree } = parsePlan(text);
      return { title: tree.title?.length, sections: outlineOf(text).map((l) => l.split(' ').slice(0, 2).join(' ')), kinds: tree.children.map((c) => c.kind), titles: tree.children.map((c) => c.title.length) };
    };
    expect(view(traditional)).toEqual(view(simplified));
    expect(parsePlan(traditional).tree.title).toBe('2026年幼兒園招生工作方案');
    expect(parsePlan(traditional).tree.children[0].title).toBe('總體要求及目標');
  });

  it('keeps 1、 2、 items at line starts when each ends a sentence (not page numbers)', () => {
    const text = '一、活动内容\n（一）抓学习。\n1、加强理论学习。\n2、强化教育培训。';
    expect(outlineOf(text)).toEqual(['1 一、 活动内容', '1.1 （一） 抓学习', '1.1.1 1、 加强理论学习', '1.1.2 2、 强化教育培训']);
  });

  it('joins a line broken inside a word before taking titles and texts', () => {
    const text = '一、工作要求\n（一）强化结果运用。要强化抓行动工作结\n果运用，将其作为评先评优的参考。\n（二）强化宣传引导。';
    const { tree } = parsePlan(text);
    expect(tree.children[0].children[0].text).toBe('强化结果运用。要强化抓行动工作结果运用，将其作为评先评优的参考。');
    expect(tree.children[0].children[1].title).toBe('强化宣传引导');
  });
});

describe('titles and positions', () => {
  it('takes the title up to 。；：！？ or the line end, keeping commas and brackets', () => {
    const text = '三、步骤要求\n（一）组织动员阶段（2022年4月中旬）。各村迅速行动。\n（二）镇党委领责，基层党组织实干；镇党委要履责。\n（三）工作措施：落实';
    expect(outlineOf(text)).toEqual([
      '3 三、 步骤要求',
      '3.1 （一） 组织动员阶段（2022年4月中旬）',
      '3.2 （二） 镇党委领责，基层党组织实干',
      '3.3 （三） 工作措施',
    ]);
  });

  it('gives 1-based line and column positions into the original text', () => {
    const text = '前言。\n一、总体要求\n　　（一）指导思想。内容。';
    const l = ledgerOf(text);
    const s = l.sections.find((x) => x.id === '1.1')!;
    expect(s.position.start).toEqual({ line: 3, column: 3, offset: text.indexOf('（一）') });
    expect(s.position.end.offset).toBe(text.length);
  });

  it('positions still point into the original after page numbers are removed', () => {
    const text = '1、 某某方案为落实要求，制定方案。一、总体要求坚持领导，巩固拓展主题教育成果，深化基层党组织拓展覆盖、功能提升、优化保障三大工程，推进服务能力、\n2、基层治理。二、主要任务';
    const l = ledgerOf(text);
    const s = l.sections.find((x) => x.id === '2')!;
    expect(text.slice(s.position.start.offset, s.position.start.offset + 2)).toBe('二、');
    expect(s.position.start.line).toBe(2);
  });
});

describe('front matter', () => {
  it('skips a 通知 cover letter and takes the plan title after it', () => {
    const text = [
      '某县人民政府办公室关于印发2023年重点工作方案的通知',
      '各乡镇人民政府，县直各部门：',
      '《2023年重点工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
      '一、各责任单位要高度重视。',
      '某县人民政府办公室',
      '2023年1月3日',
      '（此件公开发布）',
      '2023年重点工作方案',
      '一、工作目标',
      '（一）地区生产总值增长7%以上',
      '责任单位：县发展和改革局',
    ].join('\n');
    const l = ledgerOf(text);
    expect(l.title).toBe('2023年重点工作方案');
    expect(l.sections.map((s) => s.id)).toEqual(['1', '1.1']);
    expect(l.tasks.map((t) => [t.id, t.units.lead])).toEqual([['1.1', ['县发展和改革局']]]);
  });

  it('joins a title broken over lines and drops a closing signature', () => {
    const text = '国务院办公厅关于抓好有关文件\n贯彻落实工作的通知\n国办发〔2018〕127号\n一、制定实施办法\n各地区要制定办法。\n国务院办公厅\n2018年12月26日\n（此件公开发布）\n';
    const l = ledgerOf(text);
    expect(l.title).toBe('国务院办公厅关于抓好有关文件贯彻落实工作的通知');
    expect(l.sections[0].text).toBe('制定实施办法\n各地区要制定办法。');
    expect(noPos(l.tasks[0].deadlines)).toEqual([]);
  });

  it('has no title when the plan opens with prose', () => {
    expect(ledgerOf('为贯彻落实部署，制定如下方案。\n一、目标要求\n坚持稳中求进。').title).toBeNull();
  });
});

describe('kinds, tasks and goals', () => {
  it('classifies top-level sections and makes goal leaves goals, other leaves tasks', () => {
    const text = '一、总体要求\n（一）指导思想。\n（二）工作目标。\n二、重点任务\n（一）任务甲。\n三、实施步骤\n（一）动员部署阶段（2023年3月）。\n四、保障措施\n（一）加强组织领导。';
    const l = ledgerOf(text);
    expect(l.sections.filter((s) => s.level === 1).map((s) => s.kind)).toEqual(['goal', 'measures', 'schedule', 'safeguards']);
    expect(l.goals.map((g) => g.id)).toEqual(['1.1', '1.2']);
    expect(l.tasks.map((t) => t.id)).toEqual(['2.1', '3.1', '4.1']);
    expect(l.tasks[0].path).toEqual(['重点任务']);
  });

  it('keeps a heading\'s 存在问题 block with the heading, not its children', () => {
    const text = '二、工作措施\n（一）聚焦能力素质抓提升\n存在问题：学习不深入。\n工作措施：\n1.加强理论武装。\n2.提升能力素质。';
    const l = ledgerOf(text);
    const h = l.sections.find((s) => s.id === '2.1')!;
    expect(h.problems).toBe('学习不深入。');
    expect(l.tasks.map((t) => t.id)).toEqual(['2.1.1', '2.1.2']);
    expect(l.tasks[0].text).not.toContain('存在问题');
  });
});

describe('several documents, annexes and tables of contents', () => {
  it('keeps an annex as a part of its own, and says so', () => {
    const l = ledgerOf('一、主要任务\n（一）推进改革。\n二、保障措施\n附件\n指标体系\n三、三级指标\n（一）二级指标。（县委办负责）');
    expect(l.sections.map((s) => s.id)).toEqual(['1', '1.1', '2', '2:3', '2:3.1']);
    expect(l.tasks.map((t) => [t.id, t.units.lead])).toEqual([['1.1', []], ['2', []], ['2:3.1', ['县委办']]]);
    expect(l.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'annex-part', line: 6, severity: 'info' }));
  });

  it('reads no items in a 附件：1.… list of annex titles, and nests nothing of an annex under the plan', () => {
    const text = '一、主要任务\n（一）加强宣传引导。\n附件：1.质量监测指标体系\n      2.任务分工表\n附件1\n质量监测指标体系\n1.重点人群签约服务覆盖率\n2.签约服务覆盖率';
    const l = ledgerOf(text);
    expect(l.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 主要任务', '1.1 加强宣传引导', '2:1 重点人群签约服务覆盖率', '2:2 签约服务覆盖率']);
  });

  it('gives a second document in the same file its own part prefix, so ids stay unique', () => {
    const l = ledgerOf('若干政策\n一、支持平台建设。\n二、支持企业转型。\n行动计划\n一、总体要求\n（一）指导思想。\n二、重点任务\n（一）建设平台。');
    expect(l.sections.map((s) => s.id)).toEqual(['1', '2', '2:1', '2:1.1', '2:2', '2:2.1']);
    expect(new Set(l.tasks.map((t) => t.id)).size).toBe(l.tasks.length);
    expect(l.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'numbering-restarts', line: 5 }));
  });

  it('drops a table of contents that repeats the outline before the body', () => {
    const text = '应急预案\n1 总则\n1.1 编制目的\n1.2 编制依据\n2 组织体系\n2.1 指挥机构\n1 总则\n1.1 编制目的\n为提高应对能力，制定本预案。\n1.2 编制依据\n依据有关法律，制定本预案。\n2 组织体系\n2.1 指挥机构\n成立指挥部，统一指挥。';
    const l = ledgerOf(text);
    expect(l.sections.map((s) => `${s.id} ${s.position.start.line}`)).toEqual(['1 7', '1.1 8', '1.2 10', '2 12', '2.1 13']);
  });
});

describe('Markdown input', () => {
  it('reads headings, lists and emphasis through remark-parse, with positions into the Markdown', () => {
    const md = '# 2024年宣传工作要点\n\n## 一、总体要求\n\n坚持正确导向。\n\n## 二、主要任务\n\n- （一）**加强**理论武装。县委宣传部要于6月底前完成。\n- （二）做好对外宣传。\n';
    const l = ledgerOf(md, 'plan.md');
    expect(l.title).toBe('2024年宣传工作要点');
    expect(l.year).toBe(2024);
    expect(l.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 总体要求', '2 主要任务', '2.1 加强理论武装', '2.2 做好对外宣传']);
    const t = l.tasks[0];
    expect(t.units.lead).toEqual(['县委宣传部']);
    expect(noPos(t.deadlines)).toEqual([{ text: '6月底前', date: '2024-06-30' }]);
    expect(md.slice(t.position.start.offset, t.position.start.offset + 3)).toBe('（一）');
    expect(t.position.start).toMatchObject({ line: 9, column: 3 });
  });
});

describe('time expressions split across a line break', () => {
  it('joins the wrapped line before reading the deadline', () => {
    const l = ledgerOf('一、主要任务\n（一）推进改造。各乡镇要加快推进老旧小区改造工作，确保于2023年\n12月底前全面完成改造任务。', 't.txt');
    expect(noPos(l.tasks[0].deadlines)).toEqual([{ text: '2023年12月底前', date: '2023-12-31' }]);
  });
});

describe('headings that only open a line', () => {
  it('reads 一是/二是 opening lines as top-level headings in a plan without 一、', () => {
    const text = '一是扎实推进产业强镇。坚持产业先行。\n(一)中药材种植产业园项目:总投资120万元。\n(二)西瓜种植产业园项目:总投资400万元。\n二是全面推进党的建设。加强组织建设。\n(一)抓好班子建设。';
    expect(outlineOf(text)).toEqual([
      '1 一是 扎实推进产业强镇',
      '1.1 (一) 中药材种植产业园项目',
      '1.2 (二) 西瓜种植产业园项目',
      '2 二是 全面推进党的建设',
      '2.1 (一) 抓好班子建设',
    ]);
  });

  it('reads a zero-padded chapter number alone on its line, with its title on the next', () => {
    expect(outlineOf('01\n总体目标和要求\n(一)总体目标。实现安全。\n02\n重点任务\n(一)开展排查。')).toEqual([
      '1 01 总体目标和要求',
      '1.1 (一) 总体目标',
      '2 02 重点任务',
      '2.1 (一) 开展排查',
    ]);
  });

  it('drops spaces PDF extraction left inside a title, and reads kinds in traditional characters', () => {
    const l = ledgerOf('一、總體要求\n（一）指導思想。\n二、主要任務\n（一）深入学习宣传贯彻党的二十大精神、习近平系列讲 话精神。');
    expect(l.sections.map((s) => s.kind ?? '')).toEqual(['goal', '', 'measures', '']);
    expect(l.sections[3].title).toBe('深入学习宣传贯彻党的二十大精神、习近平系列讲话精神');
  });
});

describe('front matter as extraction damages it', () => {
  it('skips a cover letter whose date lost its 年月日, and takes the year from it when the body has none', () => {
    const text = '各乡(镇)人民政府:\n某县助老服务实施办法已经县政府同意,现印发给你们。\n某县人民政府办公室\n2023626\n某县提升助老服务能力的实施办法\n一、总体要求\n(一)指导思想。坚持以人民为中心。';
    const l = ledgerOf(text);
    expect(l.title).toBe('某县提升助老服务能力的实施办法');
    expect(l.year).toBe(2023);
    expect(l.sections.map((s) => s.id)).toEqual(['1', '1.1']);
  });

  it('reads a title written in traditional characters after a traditional cover letter', () => {
    const text = '各縣(市、區)人民政府:\n《韶關市數字政府改革建設2023年工作要點》已經市人民政府同意,現印發給你們。\n韶關市政務服務數據管理局\n2023年4月13日\n韶關市數字政府改革建設2023年工作要點\n一、持續提升數字政府基礎能力\n(一)推進項目建設。';
    const l = ledgerOf(text);
    expect(l.title).toBe('韶關市數字政府改革建設2023年工作要點');
    expect(l.sections[0].title).toBe('持續提升數字政府基礎能力');
  });
});

describe('flattened text, more forms', () => {
  it('reads 第一章/第一条 run together with their titles, and not a chapter named inside a sentence', () => {
    expect(outlineOf('某某资金管理办法第一章总则第一条为规范管理，制定本办法。第二条本办法适用于全省。第二章分配第三条按因素分配。')).toEqual([
      '1 第一章 总则',
      '1.1 第一条 为规范管理，制定本办法',
      '1.2 第二条 本办法适用于全省',
      '2 第二章 分配',
      '2.3 第三条 按因素分配',
    ]);
    expect(outlineOf('根据《条例》第一章规定，制定本方案。一、总体要求\n坚持稳中求进。')).toEqual(['1 一、 总体要求']);
  });

  it('cuts a flattened heading where its body opens with a subject or a verb', () => {
    expect(outlineOf('三、试点任务试点地区要认真组织实施，按照统一标准推进。\n四、行动方式采用帮扶整治、包片负责的方式，推进整治。')).toEqual([
      '3 三、 试点任务',
      '4 四、 行动方式',
    ]);
  });
});

describe('a document that consistently uses its own order', () => {
  it('reads 1. above （一） when every （一） list starts again under a 1. item', () => {
    const text = '1.总体要求\n（一）指导思想。坚持。\n（二）基本原则。坚持。\n2.主要任务\n（一）加强建设。\n（二）强化督查。\n3.保障措施\n（一）加强领导。';
    expect(outlineOf(text)).toEqual([
      '1 1. 总体要求', '1.1 （一） 指导思想', '1.2 （二） 基本原则',
      '2 2. 主要任务', '2.1 （一） 加强建设', '2.2 （二） 强化督查',
      '3 3. 保障措施', '3.1 （一） 加强领导',
    ]);
  });

  it('keeps the standard ladder for an excerpt where 1. items run on across （二）', () => {
    const text = '1.健全制度。\n2.完善台账。\n（二）强化督查指导\n3.开展督查。\n4.通报结果。';
    // the ids stay unique: the second 2 begins a part of its own
    expect(outlineOf(text)).toEqual(['1 1. 健全制度', '2 2. 完善台账', '2:2 （二） 强化督查指导', '2:2.3 3. 开展督查', '2:2.4 4. 通报结果']);
  });
});

describe('Markdown ordered lists', () => {
  it('keeps the numbers of a 1. list under ## 一、 as the plan\'s own items', () => {
    const md = '# 2024年宣传工作要点\n\n## 一、主要任务\n\n1. 加强宣传。县委宣传部负责，6月底前完成。\n2. 加强督查。县委督查室负责。\n';
    const l = ledgerOf(md, 'plan.md');
    expect(l.sections.map((s) => `${s.id} ${s.marker} ${s.title}`)).toEqual(['1 一、 主要任务', '1.1 1. 加强宣传', '1.2 2. 加强督查']);
    expect(l.tasks.map((t) => `${t.id} ${t.units.lead} ${t.position.start.line}:${t.position.start.column}`)).toEqual(['1.1 县委宣传部 5:1', '1.2 县委督查室 6:1']);
  });
});

describe('outline classes seen on unseen plans', () => {
  it('reads a date right after a marker as the item\'s words, not a decimal outline', () => {
    expect(outlineOf('一、工作安排\n1.9月底前完成摸底。\n2.10月底前完成整改。\n3.12月底前完成验收。\n')).toEqual([
      '1 一、 工作安排',
      '1.1 1. 9月底前完成摸底',
      '1.2 2. 10月底前完成整改',
      '1.3 3. 12月底前完成验收',
    ]);
  });
  it('reads articles written in traditional characters (第一條) with (一) under them', () => {
    expect(outlineOf('第一條 總則\n(一)適用範圍。\n(二)基本原則。\n第二條 職責\n(一)縣政府負責。\n')).toEqual([
      '1 第一條 總則',
      '1.1 (一) 適用範圍',
      '1.2 (二) 基本原則',
      '2 第二條 職責',
      '2.1 (一) 縣政府負責',
    ]);
  });
});

describe('front matter of portal pages', () => {
  it('skips a metadata table with spaced labels, and ends a cover letter with no date where the plan it sends begins', () => {
    const text = [
      '索 引 号: | 000014349/2023-91150 | 信息分类: | |',
      '发布机构: | 生成日期: | 2022-12-02 08:54:33 | |',
      '名 称: | 市人民政府办公室关于印发某市新型基础设施建设三年行动方案的通知 | |',
      '各县、区人民政府，市政府各部门：',
      '经市人民政府同意，现将《某市新型基础设施建设三年行动方案》印发给你们，请认真贯彻执行。',
      '(此件公开发布)',
      '某市新型基础设施建设三年行动方案(2022—2024年)',
      '为贯彻落实有关部署，制定本方案。',
      '一、主要目标',
      '到2024年，新建5G基站2600个以上。',
      '二、重点任务',
      '（一）推进大数据基础设施建设。市大数据局负责。',
    ].join('\n');
    const l = ledgerOf(text);
    expect(l.title).toBe('某市新型基础设施建设三年行动方案(2022—2024年)');
    expect(l.year).toBe(2022);
    expect(l.sections.map((s) => `${s.id} ${s.title}`)).toEqual(['1 主要目标', '2 重点任务', '2.1 推进大数据基础设施建设']);
  });
});

describe('a plan signed before its annexes', () => {
  it('keeps the signature out of the last item: its date is no deadline', () => {
    const text = '2019年工作方案\n一、主要任务\n（一）加强领导。各地要于6月底前完成部署。\n附件：考核指标\n国务院办公厅\n2019年1月16日\n（此件公开发布）\n附件\n考核指标\n一、医疗质量\n（一）功能定位\n';
    const l = ledgerOf(text);
    const t = l.tasks.find((x) => x.id === '1.1')!;
    expect(noPos(t.deadlines)).toEqual([{ text: '6月底前', date: '2019-06-30' }]);
    expect(t.text).not.toContain('国务院办公厅');
  });
});
