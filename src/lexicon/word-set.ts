/**
 * A word list looked up by its words' first and last characters instead of compiled into one regex
 * alternation: whether a string ends with, starts with or holds one of the words, and where they start.
 * A lookup compares the few words that share a character, not a pass of a few hundred alternatives at
 * every position, and nothing is compiled before the first use. Lookups are by UTF-16 code unit, as a
 * non-Unicode regex matches.
 */
export class WordSet {
  private readonly words: Set<string>;
  /** The words that start with a character (by code unit). */
  private readonly byFirst = new Map<number, string[]>();
  /** The words that end with a character (by code unit). */
  private readonly byLast = new Map<number, string[]>();
  /** 1 for each code unit that starts a word: most characters of a text start none. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: Iterable<string>) {
    this.words = new Set([...words].filter((w) => w.length > 0));
    const add = (m: Map<number, string[]>, c: number, w: string) => {
      const ws = m.get(c);
      if (ws) ws.push(w);
      else m.set(c, [w]);
    };
    for (const w of this.words) {
      add(this.byFirst, w.charCodeAt(0), w);
      add(this.byLast, w.charCodeAt(w.length - 1), w);
      this.starts[w.charCodeAt(0)] = 1;
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
    if (!s.length) return false;
    const ws = this.byLast.get(s.charCodeAt(s.length - 1));
    if (!ws) return false;
    for (const w of ws) {
      if (!s.endsWith(w)) continue;
      if (!before || before(w.length === s.length ? '' : s[s.length - w.length - 1])) return true;
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
    const c = s.charCodeAt(i);
    if (!this.starts[c]) return false; // (also NaN past the end)
    for (const w of this.byFirst.get(c)!) if (s.startsWith(w, i)) return true;
    return false;
  }
}
