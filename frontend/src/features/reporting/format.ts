/** Number formats for the statistics. */

const NBSP = '\u00a0';

const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 });

/** 0.353 → `35,3 %` (non-breaking space); missing → `–`. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '–';
  return percent.format(share).replace(/[\s\u202f]/g, NBSP);
}

/** A stay bucket key from the API (`0-30`, `731-`) → `0–30 dager`, `731 dager eller mer`. */
export function bucketLabel(key: string): string {
  const match = /^(\d+)-(\d*)$/.exec(key);
  if (!match) return key;
  return match[2] ? `${match[1]}–${match[2]} dager` : `${match[1]} dager eller mer`;
}

/** The short axis label of a stay bucket: `0–30`, `731+`. */
export function bucketShortLabel(key: string): string {
  const match = /^(\d+)-(\d*)$/.exec(key);
  if (!match) return key;
  return match[2] ? `${match[1]}–${match[2]}` : `${match[1]}+`;
}
