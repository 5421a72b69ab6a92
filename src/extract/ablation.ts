/**
 * Rules and lexicon words switched off for `npm run ablate`, which removes each in turn to find the ones
 * that only help one text (special cases) or cost others. Nothing is off in normal use.
 */
let off: ReadonlySet<string> = new Set();
let generation = 0;

/** Switches off exactly `ids` (rule ids, or `list:word` for a lexicon word); an empty list restores all. */
export function ablate(ids: Iterable<string>): void {
  off = new Set(ids);
  generation++;
}

/** Whether the rule or word `id` is in use. */
export function on(id: string): boolean {
  return off.size === 0 || !off.has(id);
}

/** Changes whenever `ablate` is called, so that compiled word lists are built again. */
export function ablationGeneration(): number {
  return generation;
}
