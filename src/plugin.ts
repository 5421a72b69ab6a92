/** unified adapters: a parser plugin over parsePlan and a transformer that runs the extractors. */
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { parsePlan, type ParseOptions } from './parse/index.js';
import { extractAll, type ExtractOptions } from './extract/index.js';
import type { PlanNode } from './types.js';
import type { CleanText } from './text/clean.js';

declare module 'vfile' {
  interface DataMap {
    /** The clean view of the text the parser read. */
    clean: CleanText;
  }
}

/** Parser plugin: plain text (or Markdown) in, plan tree out. */
export const planParse: Plugin<[ParseOptions?], string, Node> = function (options) {
  this.parser = (doc: string, file: VFile): Node => {
    const { tree, clean } = parsePlan(doc, options ?? {});
    file.data.clean = clean;
    return tree;
  };
};

/** Transformer plugin: fills in the year, units, owners, deadlines, cadence and metrics. */
export const planExtract: Plugin<[ExtractOptions?], Node, Node> = function (options) {
  return (tree: Node, file: VFile) => {
    extractAll(tree as PlanNode, file, options ?? {});
  };
};
