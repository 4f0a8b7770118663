import { describe, expect, it } from 'vitest';
import { outsideTargetGroup } from './targetGroup';

const youngAdults = { sexes: ['FEMALE' as const, 'MALE' as const], minAge: 18, maxAge: 30, description: 'Unge voksne' };
const women = { sexes: ['FEMALE' as const], description: 'Kvinner med rusproblemer' };

describe('outsideTargetGroup (R-INT-7)', () => {
  it('finds nothing when the person fits', () => {
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '2003-05-01' }, youngAdults, '2026-12-01')).toEqual([]);
  });

  it('names the age limits and the sex', () => {
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '1990-05-01' }, youngAdults, '2026-12-01')).toEqual([
      'Søkeren er 36 år, og øvre aldersgrense er 30 år',
    ]);
    expect(outsideTargetGroup({ sex: 'MALE', birthDate: '1990-05-01' }, women, '2026-12-01')).toEqual(['Botiltaket er for kvinner']);
  });
});
