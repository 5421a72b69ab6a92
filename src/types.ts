/** Shapes shared across the pipeline: the plan syntax tree (unist) and the Ledger JSON contract. */
import type { Parent, Position } from 'unist';

export type { Position };

/** Marker families on the standard ladder (GB/T 9704), plus decimal outlines and 一是 enumerations. */
export type MarkerFamily =
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条
  | 'cn' // 一、
  | 'paren-cn' // （一）(一)〔一〕
  | 'arabic' // 1. 1． 1、
  | 'paren-arabic' // （1）(1)
  | 'circled' // ①
  | 'decimal' // 1  1.1  1.3.1 at a line start
  | 'enum' // 一是 二是 / 一要 二要
  | 'row'; // a numbered row of a task table (序号 1), or a row continuing it

export interface Marker {
  /** The marker as written, e.g. `(一)` or `（一）` or `3 .`. */
  raw: string;
  family: MarkerFamily;
  /** Ordinal the marker states (一 → 1); decimal outlines give their last number. */
  ordinal: number;
  /** Decimal outlines: all their numbers. */
  path?: number[];
}

export type SectionKind = 'goal' | 'measures' | 'schedule' | 'safeguards';

/** A numbered node of the outline. */
export interface SectionNode extends Parent {
  type: 'section';
  marker: Marker;
  /** Dot-joined ordinals of the node and its ancestors. */
  id: string;
  /** 1 for top-level sections. */
  level: number;
  title: string;
  /** Text of the node itself without its marker and without its children. */
  text: string;
  kind?: SectionKind;
  /** A `存在问题：` block the heading carries. */
  problems?: string;
  children: SectionNode[];
  /** Original offsets where the node's own text starts and ends; `position` covers the children too. */
  ownRange?: [number, number];
  /** A row of a task table: its cells by column, and where the table's header stands. */
  table?: TableRowFacts;
}

/** The cells of a task-table row, read by column (ANNOTATION.md, "Task tables"). */
export interface TableRowFacts {
  header: Position;
  cells: { header: string; role: string; text: string; position: Position }[];
}

/** The root of a parsed plan. */
export interface PlanNode extends Parent {
  type: 'plan';
  title: string | null;
  year: number | null;
  /** Text before the first section (after any cover letter). */
  preamble: string;
  children: SectionNode[];
}

declare module 'unist' {
  interface Data {
    /** Plan root: where the plan proper starts and ends in the original text (offsets). */
    body?: { start: number; end: number };
    /** Plan root: the 通知 cover letter before the plan. */
    coverLetter?: Position;
    /** Plan root: sections whose marker repeats an earlier sibling's number, given the next free one. */
    renumbered?: SectionNode[];
    /** Plan root: the tables found in the text, with the rows that did not fit their header. */
    tables?: { kind: 'task' | 'indicator'; header: Position; columns: string[]; misfits: (Point & { expected: number; found: number })[] }[];
    /** Plan root: where each further part begins (an annex, or numbering that starts again at 一、). */
    parts?: (Point & { annex: boolean })[];
  }
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  severity: Severity;
}

export interface Deadline {
  text: string;
  date: string | null;
  /** Where the words stand in the plan. */
  position?: Position;
  /** True when the task has no deadline of its own and shows the plan's default one. */
  inherited?: boolean;
}

export type Frequency = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

export interface Units {
  lead: string[];
  support: string[];
}

export interface LedgerSection {
  id: string;
  marker: string;
  level: number;
  title: string;
  text: string;
  kind?: SectionKind;
  problems?: string;
  position: Position;
}

export interface LedgerTask {
  id: string;
  path: string[];
  title: string;
  text: string;
  units: Units;
  /** The units are the heading's, stated for all its children. */
  unitsInherited?: boolean;
  owners: string[];
  deadlines: Deadline[];
  /** The plan's default deadline, shown on a task that states none. */
  inheritedDeadline?: Deadline;
  frequency: Frequency[];
  metrics?: Metric[];
  /** Where each unit, owner and cadence is written (for inherited ones, in the heading they come from). */
  sources?: Source[];
  /** Where the row came from; a task-table row also says where the table's header stands. */
  source?: 'text' | 'table';
  table?: { header: Position };
  /** A task-table row's cells in columns not read as facts, by header. */
  columns?: Record<string, string>;
  position: Position;
}

export interface Metric {
  text: string;
  /** Where the words stand in the plan. */
  position?: Position;
  value: number;
  unit: string;
  comparator: '>=' | '<=' | '>' | '<' | '=';
}

/** The place in the plan one fact of a task was read from. */
export interface Source {
  fact: 'unit' | 'owner' | 'frequency';
  value: string;
  role?: 'lead' | 'support';
  position: Position;
  /** Stated by the heading above for all its children. */
  inherited?: true;
}

export interface LedgerGoal {
  id: string;
  title: string;
  text: string;
  metrics: Metric[];
  position: Position;
}

export interface Ledger {
  title: string | null;
  year: number | null;
  source: { path: string; sha256: string; encoding: string };
  defaultDeadline: Deadline | null;
  sections: LedgerSection[];
  tasks: LedgerTask[];
  goals: LedgerGoal[];
  diagnostics: Diagnostic[];
}
