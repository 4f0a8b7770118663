/** Number formats for assessment scores: one decimal at most, and changes with their sign. */

const score = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });

/** 6.5 → `6,5`, 7 → `7`. */
export function formatScore(n: number): string {
  return score.format(n).replace('\u2212', '-');
}

/** +2 → `+2`, -1.5 → `−1,5` (minus sign), 0 → `0`, none → `–`. */
export function formatChange(n: number | null | undefined): string {
  if (n === null || n === undefined) return '–';
  if (n === 0) return '0';
  const abs = score.format(Math.abs(n));
  return n > 0 ? `+${abs}` : `\u2212${abs}`;
}
