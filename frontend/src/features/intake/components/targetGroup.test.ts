import { describe, expect, it } from 'vitest';
import { outsideTargetGroup } from './targetGroup';

const youngAdults = { sexes: ['FEMALE' as const, 'MALE' as const], minAge: 18, maxAge: 30, description: 'Unge voksne' };
const women = { sexes: ['FEMALE' as const], description: 'Kvinner med rusproblemer' };

describe('outsideTargetGroup (R-INT-7)', () => {
  it('finds nothing when the person fits', () => {
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '2003-05-01', birthYear: 2003 }, youngAdults, '2026-12-01')).toEqual([]);
  });

  it('names the age limits and the sex', () => {
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '1990-05-01', birthYear: 1990 }, youngAdults, '2026-12-01')).toEqual([
      'Søkeren er 36 år, og øvre aldersgrense er 30 år',
    ]);
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '1990-05-01', birthYear: 1990 }, women, '2026-12-01')).toEqual([
      'Botiltaket er for kvinner',
    ]);
  });

  it('with the birth year only (ESIKT), names an age limit only when both possible ages miss it', () => {
    // 2026 − 2008 = 18 or 17: either side of 18, so no warning; the server decides.
    expect(outsideTargetGroup({ sex: 'MALE', birthYear: 2008 }, youngAdults, '2026-12-01')).toEqual([]);
    expect(outsideTargetGroup({ sex: 'MALE', birthYear: 2009 }, youngAdults, '2026-12-01')).toEqual([
      'Søkeren er født i 2009, under nedre aldersgrense på 18 år',
    ]);
    // 31 or 30: may still be 30, so no warning; 32 or 31 is over 30 either way.
    expect(outsideTargetGroup({ sex: 'MALE', birthYear: 1995 }, youngAdults, '2026-12-01')).toEqual([]);
    expect(outsideTargetGroup({ sex: 'MALE', birthYear: 1994 }, youngAdults, '2026-12-01')).toEqual([
      'Søkeren er født i 1994, over øvre aldersgrense på 30 år',
    ]);
    expect(outsideTargetGroup({ sex: 'MALE', birthYear: 2003 }, women, '2026-12-01')).toEqual(['Botiltaket er for kvinner']);
  });
});
