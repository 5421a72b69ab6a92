/**
 * Where each fact stands in the plan as written: a fact's words are looked up in the clean view (where
 * page numbers and broken lines are already mended) within the span of the section that states them,
 * and the place is mapped back to the original text, so a clerk (or a lint rule) can go straight to them.
 */
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { identityView, toClean, toOriginal, toOriginalEnd, type CleanText } from '../text/clean.js';

export type Locator = (words: string, range: [number, number]) => Position | null;

/** A locator over `original`: the first place in `range` (original offsets) where `words` stand. */
export function locator(original: string, clean?: CleanText): Locator {
  const loc = location(original);
  const point = (offset: number) => {
    const p = loc.toPoint(offset) ?? { line: 1, column: 1 };
    return { line: p.line, column: p.column, offset };
  };
  const view = clean ?? identityView(original);
  // the same words recur (a unit named in many items): each loose pattern is compiled once
  const loosePatterns = new Map<string, RegExp>();
  const looseOf = (words: string) => {
    let re = loosePatterns.get(words);
    if (!re) loosePatterns.set(words, (re = new RegExp([...words].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u3000]*'))));
    return re;
  };
  return (words, [from, to]) => {
    if (!words) return null;
    const a = toClean(view, from);
    const b = toClean(view, to);
    // the section's own span only: a search that ran on to the end of the text would make the ledger quadratic
    const span = view.text.slice(a, b);
    let at = span.indexOf(words);
    let end = at + words.length;
    if (at < 0) {
      // the words as extracted may have lost spaces that the text has between them
      const m = looseOf(words).exec(span);
      if (!m) return null;
      at = m.index;
      end = at + m[0].length;
    }
    at += a;
    end += a;
    return { start: point(toOriginal(view, at)), end: point(toOriginalEnd(view, end)) };
  };
}
