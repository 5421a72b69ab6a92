/** Runs every extractor over a parsed plan, storing results on the section nodes' `data`. */
import type { VFile } from 'vfile';
import type { Deadline, Frequency, Metric, PlanNode, SectionNode, Units } from '../types.js';
import { findFrequencyWords } from './frequency.js';
import { findMetrics } from './metrics.js';
import { extractResponsibility } from './responsibility.js';
import { findTimes, scanTimes, type ScannedTime } from './time.js';
import { planYear, titleYear } from './year.js';
import { withExtraNames } from './orgs.js';
import { applyAliases } from '../config.js';
import { tableFacts } from './table.js';
import { on } from './ablation.js';
import { toSimplified } from '../text/chars.js';

export interface ExtractOptions {
  /** Overrides the plan year found in the text (`--year`). */
  year?: number;
  /** An office's own unit names and aliases (.plan2ledgerrc). */
  units?: { names?: string[]; aliases?: Record<string, string> };
}

/** What the extractors found for one section. */
export interface SectionFacts {
  units: Units;
  unitsExplicit: boolean;
  owners: string[];
  deadlines: Deadline[];
  frequency: Frequency[];
  /** The words that state each cadence (每月), for placing them. */
  frequencyWords: { value: Frequency; text: string }[];
  metrics: Metric[];
  /** A task-table row: the columns not read as facts, by header. */
  columns?: Record<string, string>;
}

declare module 'unist' {
  interface Data {
    facts?: SectionFacts;
  }
}

/** Every section in document order. */
export function allSections(nodes: SectionNode[], out: SectionNode[] = []): SectionNode[] {
  for (const n of nodes) {
    out.push(n);
    allSections(n.children, out);
  }
  return out;
}

/** Fills in `tree.year` and each section's facts. */
export function extractAll(tree: PlanNode, file: VFile, options: ExtractOptions): void {
  const sections = allSections(tree.children);
  const original = String(file.value ?? '');
  const body = tree.data?.body;
  const outside = body ? original.slice(0, body.start) + '\n' + original.slice(body.end) : '';
  // each section's text is scanned for times once: the scans find the plan's year (unless its title gives
  // it) and then date the deadlines, each let go once its section is done
  const times: (ScannedTime[] | undefined)[] = new Array(sections.length);
  const timesAt = (i: number) => (times[i] ??= scanTimes(sections[i].text));
  tree.year = options.year ?? titleYear(tree.title) ?? planYear(tree.title, [scanTimes(tree.preamble), ...sections.map((_, i) => timesAt(i))], outside);
  const aliases = options.units?.aliases ?? {};
  const names = [...(options.units?.names ?? []), ...Object.keys(aliases), ...Object.values(aliases)];
  const canon = (xs: string[]) => [...new Set(xs.map((x) => applyAliases(x, aliases)))];
  // an office's own names count as organisations throughout
  withExtraNames(names, () => {
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i];
      if (s.table) {
        const t = tableFacts(s.table, tree.year);
        s.data = {
          ...s.data,
          facts: {
            units: { lead: canon(t.lead), support: canon(t.support) },
            unitsExplicit: true,
            owners: t.owners,
            deadlines: t.deadlines,
            frequency: t.frequencyWords.map((f) => f.value),
            frequencyWords: t.frequencyWords,
            metrics: findMetrics(s.text),
            columns: t.columns,
          },
        };
        continue;
      }
      const r = extractResponsibility(s.text, s.title);
      const scanned = timesAt(i);
      times[i] = undefined;
      const cadence = findFrequencyWords(s.text);
      s.data = {
        ...s.data,
        facts: {
          units: { lead: canon(r.units.lead), support: canon(r.units.support) },
          unitsExplicit: r.explicit,
          owners: r.owners,
          deadlines: scanned.filter((t) => t.role === 'deadline').map((t) => ({ text: t.text, date: t.dateFor(tree.year) })),
          frequency: cadence.map((f) => f.value),
          frequencyWords: cadence,
          metrics: findMetrics(s.text),
        },
      };
    }
  });
  if (on('units-after-enumeration')) annotationAfterEnumeration(sections);
}

/**
 * A responsibility annotation closing the last of a run of 一是/二是 items (…五是…。（牵头单位：X）) is the
 * whole item's: the heading takes its units, and the children, which name none of their own, inherit them.
 */
function annotationAfterEnumeration(sections: SectionNode[]): void {
  for (const s of sections) {
    const kids = s.children;
    if (kids.length < 2 || kids.some((k) => k.marker.family !== 'enum')) continue;
    const last = kids[kids.length - 1];
    const m = /[（(〔【]([^（(）)]*[:：][^（(）)]*)[）)〕】][。；;]?\s*$/.exec(last.text);
    const lf = last.data?.facts;
    const hf = s.data?.facts;
    if (!m || !lf?.unitsExplicit || !hf || hf.units.lead.length || hf.units.support.length) continue;
    if (kids.slice(0, -1).some((k) => k.data?.facts?.units.lead.length || k.data?.facts?.units.support.length)) continue;
    hf.units = lf.units;
    hf.unitsExplicit = true;
    lf.units = { lead: [], support: [] };
    lf.unitsExplicit = false;
  }
}

/** Words that speak of all of a plan's tasks. */
const ALL_TASKS = /(?:各项|全部|所有|全面)(?:工作)?任务|各项工作|整改任务/;

/** A plan-wide deadline such as 确保各项任务在今年12月前全面完成. */
export function planDefaultDeadline(tree: PlanNode): Deadline | null {
  const texts = [tree.preamble, ...allSections(tree.children).map((s) => s.text)];
  for (const t of texts) {
    // (the words stand inside one sentence, so a text without them anywhere need not be split)
    if (!ALL_TASKS.test(toSimplified(t))) continue;
    for (const sentence of t.split(/[。；;\n]/)) {
      const simple = toSimplified(sentence);
      if (!ALL_TASKS.test(simple)) continue;
      if (!/完成|落实到位|全面完成|按期/.test(simple)) continue;
      const d = findTimes(sentence, tree.year).find((x) => x.role === 'deadline');
      if (d) return { text: d.text, date: d.date, inherited: true };
    }
  }
  return null;
}
