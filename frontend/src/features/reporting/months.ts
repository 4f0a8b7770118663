/** The calendar months of a period, for figures drawn per month. */

export interface Month {
  /** åååå-mm */
  key: string;
  /** First day of the month inside the period, åååå-mm-dd. */
  from: string;
  /** Last day of the month inside the period, åååå-mm-dd. */
  to: string;
  /** `jan. 2026` */
  label: string;
}

export const MAX_MONTHS = 24;

const names = ['jan.', 'feb.', 'mar.', 'apr.', 'mai', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The months from `from` to `to` (both åååå-mm-dd), each cut to the period; at most `max`,
 * the latest ones when the period is longer. `truncated` says whether months were left out.
 */
export function monthsOf(from: string, to: string, max = MAX_MONTHS): { months: Month[]; truncated: boolean } {
  if (to < from) return { months: [], truncated: false };
  const months: Month[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${pad(month)}`;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const first = `${key}-01`;
    const last = `${key}-${pad(lastDay)}`;
    months.push({
      key,
      from: first < from ? from : first,
      to: last > to ? to : last,
      label: `${names[month - 1]} ${year}`,
    });
    if (key >= endKey) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const truncated = months.length > max;
  return { months: truncated ? months.slice(-max) : months, truncated };
}

/**
 * The default period for those who get statistics in whole calendar months only (esikt and the
 * internal control, R-ACC-3): 1 January this year to the end of last month, or in January the
 * whole of last year. `today` is åååå-mm-dd.
 */
export function wholeMonthsSoFar(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (month === 1) return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  const lastDay = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
  return { from: `${year}-01-01`, to: `${year}-${pad(month - 1)}-${pad(lastDay)}` };
}
