/**
 * A word list looked up by hash instead of compiled into one regex alternation: whether a string ends
 * with, starts with or holds one of the words. A lookup costs a hash probe per distinct word length, not
 * a pass of a few hundred alternatives at every position, and nothing is compiled before the first use.
 * Lookups are by UTF-16 code unit, as a non-Unicode regex matches.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** The distinct word lengths, longest first. */
  private readonly lengths: number[];

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length > 0));
    this.lengths = [...new Set([...this.words].map((w) => w.length))].sort((a, b) => b - a);
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
    for (const n of this.lengths) {
      if (n > s.length || !this.words.has(s.slice(s.length - n))) continue;
      if (!before || before(n === s.length ? '' : s[s.length - n - 1])) return true;
    }
    return false;
  }

  /** Whether `s` starts with a word. */
  startsWith(s: string): boolean {
    for (const n of this.lengths) if (n <= s.length && this.words.has(s.slice(0, n))) return true;
    return false;
  }

  /** Whether a word occurs anywhere in `s`. */
  occursIn(s: string): boolean {
    for (let i = 0; i < s.length; i++) {
      for (const n of this.lengths) if (i + n <= s.length && this.words.has(s.slice(i, i + n))) return true;
    }
    return false;
  }
}
