/**
 * A word list looked up by hash instead of compiled into one regex alternation: whether a string ends
 * with, starts with or holds one of the words. A lookup costs a hash probe per distinct word length, not
 * a pass of a few hundred alternatives at every position, and nothing is compiled before the first use.
 * Lookups are by UTF-16 code unit, as a non-Unicode regex matches.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** The lengths of the words that start with a character, longest first. */
  private readonly byFirst = new Map<string, number[]>();
  /** The lengths of the words that end with a character, longest first. */
  private readonly byLast = new Map<string, number[]>();

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length > 0));
    const add = (m: Map<string, number[]>, c: string, n: number) => {
      const ls = m.get(c) ?? [];
      if (!ls.includes(n)) m.set(c, [...ls, n].sort((a, b) => b - a));
    };
    for (const w of this.words) {
      add(this.byFirst, w[0], w.length);
      add(this.byLast, w[w.length - 1], w.length);
    }
  }

  get size(): number {
    return this.words.size;
  }

  has(s: string): boolean {
    return this.words.has(s);
  }

  /**
   * Whether `s` ends with a word (and, given `before`, one whose preceding character — '' at the start —
   * `before` accepts).
   */
  endsWith(s: string, before?: (c: string) => boolean): boolean {
    const lengths = this.byLast.get(s[s.length - 1]);
    if (!lengths) return false;
    for (const n of lengths) {
      if (n > s.length || !this.words.has(s.slice(s.length - n))) continue;
      if (!before || before(n === s.length ? '' : s[s.length - n - 1])) return true;
    }
    return false;
  }

  /** Whether `s` starts with a word. */
  startsWith(s: string): boolean {
    return this.startsAt(s, 0);
  }

  /** Whether a word occurs anywhere in `s`. */
  occursIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.startsAt(s, i)) return true;
    return false;
  }

  /**
   * The offsets in `from`..`to` (both included) at which a word starts in `s`, in order: what a global
   * regex of the words finds when each search resumes one character after the last match.
   */
  offsets(s: string, from: number, to: number): number[] {
    const out: number[] = [];
    const last = Math.min(to, s.length - 1);
    for (let i = Math.max(from, 0); i <= last; i++) if (this.startsAt(s, i)) out.push(i);
    return out;
  }

  private startsAt(s: string, i: number): boolean {
    const lengths = this.byFirst.get(s[i]);
    if (!lengths) return false;
    for (const n of lengths) if (i + n <= s.length && this.words.has(s.slice(i, i + n))) return true;
    return false;
  }
}
