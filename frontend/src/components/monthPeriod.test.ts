import { describe, expect, it } from 'vitest';
import { todayIso } from './dates';
import { monthSoFar } from './monthPeriod';

describe('monthSoFar', () => {
  it('runs from the first of the month to today', () => {
    expect(monthSoFar('2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(monthSoFar('2027-02-28')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('takes the month in Oslo: 23:30 UTC on 30 November is 1 December there', () => {
    expect(monthSoFar(todayIso(new Date('2026-11-30T23:30:00Z')))).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });
});
