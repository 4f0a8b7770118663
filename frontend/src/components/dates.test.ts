import { describe, expect, it } from 'vitest';
import { ageAt, osloDateTimeToInstant, parseNorwegianDate, parseTime, todayIso, todayNorwegian } from './dates';

describe('dates', () => {
  it('reads dd.mm.åååå and refuses dates that do not exist', () => {
    expect(parseNorwegianDate('1.12.2026')).toBe('2026-12-01');
    expect(parseNorwegianDate('31.02.2026')).toBeNull();
    expect(parseNorwegianDate('2026-12-01')).toBeNull();
  });

  it('reads a time of day', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime('14.05')).toBe('14:05');
    expect(parseTime('24:00')).toBeNull();
  });

  it('turns Oslo wall-clock time into a UTC instant, in winter and in summer', () => {
    expect(osloDateTimeToInstant('2026-12-01', '10:00')).toBe('2026-12-01T09:00:00Z');
    expect(osloDateTimeToInstant('2026-06-01', '10:00')).toBe('2026-06-01T08:00:00Z');
  });

  it('knows the date in Oslo', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo.
    expect(todayIso(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayNorwegian(new Date('2025-12-31T23:30:00Z'))).toBe('01.01.2026');
  });

  it('counts whole years of age', () => {
    expect(ageAt('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageAt('2000-06-15', '2026-06-15')).toBe(26);
  });
});
