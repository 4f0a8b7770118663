import { describe, expect, it } from 'vitest';
import { monthsOf, wholeMonthsSoFar } from './months';

describe('monthsOf', () => {
  it('cuts the first and last month to the period', () => {
    const { months, truncated } = monthsOf('2026-01-15', '2026-03-10');
    expect(truncated).toBe(false);
    expect(months).toEqual([
      { key: '2026-01', from: '2026-01-15', to: '2026-01-31', label: 'jan. 2026' },
      { key: '2026-02', from: '2026-02-01', to: '2026-02-28', label: 'feb. 2026' },
      { key: '2026-03', from: '2026-03-01', to: '2026-03-10', label: 'mar. 2026' },
    ]);
  });

  it('crosses the new year and handles leap years', () => {
    const { months } = monthsOf('2027-12-01', '2028-02-29');
    expect(months.map((m) => `${m.from}/${m.to}`)).toEqual(['2027-12-01/2027-12-31', '2028-01-01/2028-01-31', '2028-02-01/2028-02-29']);
  });

  it('keeps the latest 24 months of a longer period', () => {
    const { months, truncated } = monthsOf('2013-05-01', '2016-12-31');
    expect(truncated).toBe(true);
    expect(months).toHaveLength(24);
    expect(months[0]!.key).toBe('2015-01');
    expect(months.at(-1)!.key).toBe('2016-12');
  });

  it('gives nothing for a period that ends before it starts', () => {
    expect(monthsOf('2026-02-01', '2026-01-01').months).toEqual([]);
  });
});

describe('wholeMonthsSoFar', () => {
  it('runs from 1 January to the end of last month', () => {
    expect(wholeMonthsSoFar('2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(wholeMonthsSoFar('2028-03-01')).toEqual({ from: '2028-01-01', to: '2028-02-29' });
    expect(wholeMonthsSoFar('2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
  });

  it('gives the whole of last year in January', () => {
    expect(wholeMonthsSoFar('2027-01-20')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
