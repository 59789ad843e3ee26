/** @file Suggests the closest allowed word for a misspelt key or rule id ("brnad" → "brand"). It knows no keys itself. */

/** Longest word compared: longer keys are not typos of a short key, and comparing them would only cost time. */
const MAX_COMPARED_LENGTH = 64;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours each cost 1,
 * so "brnad" is one step from "brand". Case is ignored: "Brand" is a typo too.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Three rolling rows (two back for the swap) keep memory linear.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (before[j - 2] as number) + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length] as number;
}

/** How many edits still look like a typo of a word this long: short words tolerate fewer. */
function tolerance(length: number): number {
  if (length <= 3) return 1;
  if (length <= 6) return 2;
  return 3;
}

/** The allowed word closest to `word`, if one is close enough to be a likely typo; the first wins a tie. */
export function didYouMean(word: string, allowed: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > MAX_COMPARED_LENGTH) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    if (candidate === word) continue;
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= tolerance(Math.min(word.length, best.length)) ? best : undefined;
}
