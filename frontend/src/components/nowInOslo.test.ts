import { describe, expect, it } from 'vitest';
import { nowInOslo } from './dates';

describe('nowInOslo', () => {
  it('gives the date and time on the clock in Oslo, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(nowInOslo(new Date('2026-12-02T16:05:00Z'))).toEqual({ date: '02.12.2026', time: '17:05' });
    expect(nowInOslo(new Date('2026-07-01T09:30:00Z'))).toEqual({ date: '01.07.2026', time: '11:30' });
  });

  it('takes the date and the time from the same instant across midnight', () => {
    expect(nowInOslo(new Date('2026-12-31T23:10:00Z'))).toEqual({ date: '01.01.2027', time: '00:10' });
  });
});
