/** Brackets and quotes （ ） “ ” 《 》 that are opened and never closed, or closed and never opened. */
import { lintRule } from '../rule.js';
import { LINT } from '../../messages.js';
import { location } from 'vfile-location';

const PAIRS: Record<string, string> = { '（': '）', '“': '”', '《': '》' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([o, c]) => [c, o]));

export default lintRule({
  id: 'unmatched-brackets',
  description: '括号、引号、书名号不成对',
  recommended: 'warning',
  strict: 'error',
  examples: {
    ok: ['一、任务\n（一）落实《条例》（试行）的“三项要求”。\n'],
    notOk: [
      { text: '一、任务\n（一）落实《条例的要求。\n', messages: ['2:6 “《”没有对应的“》”'] },
      { text: '一、任务\n（一）落实要求）。\n', messages: ['2:8 多余的“）”：前面没有对应的左括号或引号'] },
    ],
  },
  check({ text }, report) {
    const loc = location(text);
    const at = (o: number) => ({ ...(loc.toPoint(o) ?? { line: 1, column: 1 }), offset: o });
    // a paragraph closes what it opens: brackets are matched line by line
    const stack: { ch: string; at: number }[] = [];
    const flush = () => {
      for (const s of stack) report({ message: LINT.unmatchedOpen(s.ch, PAIRS[s.ch]), start: at(s.at), end: at(s.at + 1) });
      stack.length = 0;
    };
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i];
      if (i === text.length || ch === '\n') {
        flush();
        continue;
      }
      if (ch in PAIRS) stack.push({ ch, at: i });
      else if (CLOSERS.has(ch)) {
        const k = stack.map((s) => s.ch).lastIndexOf(CLOSERS.get(ch)!);
        if (k < 0) report({ message: LINT.unmatchedClose(ch), start: at(i), end: at(i + 1) });
        else stack.splice(k, stack.length - k);
      }
    }
  },
});
