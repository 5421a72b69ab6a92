/** parsePlan: a pure function from plan text to a unist tree of numbered sections with positions. */
import { location } from 'vfile-location';
import type { Point, Position } from 'unist';
import { cleanText, toOriginal, toOriginalEnd, type CleanText } from '../text/clean.js';
import type { PlanNode, SectionNode, Marker } from '../types.js';
import { markdownHidden } from '../text/markdown.js';
import { frontMatter } from './front.js';
import { buildOutline, type RawNode } from './outline.js';
import { sectionKind, sectionTitle } from './titles.js';

export interface ParseResult {
  tree: PlanNode;
  clean: CleanText;
}

export interface ParseOptions {
  /** The text is Markdown: its syntax characters are not part of the plan's text. */
  markdown?: boolean;
}

/** Parses a plan text into its outline tree. Never throws on text input. */
export function parsePlan(original: string, options: ParseOptions = {}): ParseResult {
  const clean = cleanText(original, options.markdown ? markdownHidden(original) : undefined);
  const fm = frontMatter(clean.text);
  const roots = buildOutline(clean.text, fm.bodyStart, fm.bodyEnd);
  const loc = location(original);
  const point = (cleanOffset: number, isEnd = false): Point => {
    const offset = isEnd ? toOriginalEnd(clean, cleanOffset) : toOriginal(clean, cleanOffset);
    const p = loc.toPoint(offset) ?? { line: 1, column: 1, offset };
    return { line: p.line, column: p.column, offset };
  };
  const span = (s: number, e: number): Position => ({ start: point(s), end: point(Math.max(s, e), true) });

  const convert = (raw: RawNode, parentId: string | null, level: number): SectionNode => {
    const c = raw.marker;
    const id =
      c.family === 'decimal' && c.path ? c.path.join('.') : parentId ? `${parentId}.${c.ordinal}` : String(c.ordinal);
    const ownText = clean.text.slice(c.end, raw.ownEnd);
    const marker: Marker = { raw: c.raw, family: c.family, ordinal: c.ordinal };
    if (c.path) marker.path = c.path;
    const node: SectionNode = {
      type: 'section',
      marker,
      id,
      level,
      title: sectionTitle(clean.text, c.end, raw.ownEnd),
      text: tidy(ownText),
      children: [],
      position: span(c.start, trimEnd(clean.text, c.start, raw.end)),
      ownPosition: span(c.start, trimEnd(clean.text, c.start, raw.ownEnd)),
    };
    if (level === 1) node.kind = sectionKind(node.title);
    if (raw.children.length) {
      const problems = /存在问题[:：]([\s\S]*?)(?:工作措施[:：]|具体措施[:：]|$)/.exec(ownText);
      if (problems) node.problems = tidy(problems[1]);
    }
    node.children = raw.children.map((r) => convert(r, id, level + 1));
    return node;
  };

  const children = roots.map((r) => convert(r, null, 1));
  const firstStart = roots.length ? roots[0].marker.start : fm.bodyEnd;
  const tree: PlanNode = {
    type: 'plan',
    title: fm.title,
    year: null,
    preamble: tidy(clean.text.slice(fm.bodyStart, firstStart)),
    children,
    position: span(0, clean.text.length),
    data: {
      body: { start: toOriginal(clean, fm.bodyStart), end: toOriginalEnd(clean, fm.bodyEnd) },
      ...(fm.cover ? { coverLetter: span(fm.cover[0], fm.cover[1]) } : {}),
    },
  };
  return { tree, clean };
}

/** Trims a node's text and folds the white space that extraction left between lines. */
export function tidy(s: string): string {
  return s
    .replace(/[ \t\u3000\u00a0]+\n/g, '\n')
    .replace(/\n[ \t\u3000\u00a0]+/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /\s/.test(text[e - 1])) e--;
  return e;
}
