/**
 * Markdown input: remark-parse finds the text; everything else (#, *, >, list bullets) is hidden.
 * remark-parse is loaded on the first Markdown file only, so plain-text runs (and `check`) start fast.
 */
import { createRequire } from 'node:module';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { Plugin } from 'unified';

const require = createRequire(import.meta.url);

/** Marks every character of a Markdown document that is syntax rather than text (newlines stay). */
export function markdownHidden(doc: string): Uint8Array {
  const remarkParse = (require('remark-parse') as { default: Plugin }).default;
  const tree = unified().use(remarkParse).parse(doc) as Node;
  const hidden = new Uint8Array(doc.length).fill(1);
  visit(tree, (node: Node & { value?: string }) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      const s = node.position.start.offset ?? 0;
      const e = node.position.end.offset ?? s;
      if (node.type === 'inlineCode') {
        // `code` spans: only the inner text
        const inner = doc.slice(s, e).replace(/^`+|`+$/g, '');
        const at = doc.indexOf(inner, s);
        for (let i = at; i < at + inner.length; i++) hidden[i] = 0;
      } else {
        for (let i = s; i < e; i++) hidden[i] = 0;
      }
    }
    // an ordered list's numbers are the plan's own item numbers (1. under ## 一、): they stay visible
    if (node.type === 'list' && (node as Node & { ordered?: boolean }).ordered) {
      for (const item of (node as Node & { children: (Node & { children: Node[] })[] }).children) {
        const s = item.position?.start.offset;
        const e = item.children[0]?.position?.start.offset;
        if (s === undefined || e === undefined) continue;
        for (let i = s; i < e; i++) hidden[i] = 0;
      }
    }
    if ((node.type === 'table' || node.type === 'html') && node.position) {
      // tables and raw HTML keep their text as written
      for (let i = node.position.start.offset ?? 0; i < (node.position.end.offset ?? 0); i++) hidden[i] = 0;
    }
  });
  for (let i = 0; i < doc.length; i++) if (doc[i] === '\n') hidden[i] = 0;
  // a backslash escape hides the backslash only
  return hidden;
}
