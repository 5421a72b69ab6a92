/** Page numbers left by PDF extraction that were removed: the text around them is worth a look. */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';
import { location } from 'vfile-location';

const LONG = '推进各项工作全面落实并取得实效，确保按期完成各项既定目标任务并形成长效机制，不断巩固提升'.repeat(2);

export default lintRule({
  id: 'page-number-artifacts',
  description: '文中夹有 PDF 页码（已去除），请核对前后文字',
  recommended: 'info',
  strict: 'warning',
  examples: {
    ok: ['一、任务\n（一）加强宣传。\n'],
    notOk: [
      {
        text: `一、目标\n（一）扩大就业，${LONG}\n1、工作成效，${LONG}\n2、工作。\n`,
        messages: ['3:1 已去除 2 处 PDF 页码，请核对此处前后文字是否连贯'],
      },
    ],
  },
  check({ file, text }, report) {
    const pages = file.data.clean?.pageNumbers ?? [];
    if (!pages.length) return;
    const p = location(text).toPoint(pages[0]) ?? { line: 1, column: 1 };
    report({ message: LINT.pageNumbers(pages.length), start: { ...p, offset: pages[0] } });
  },
});
