import { describe, expect, it } from 'vitest';
import { canDecideAppealOutcome, seesWholeMunicipality, userFromToken, type AuthUser } from './roles';

const user = (roles: AuthUser['roles'], facilities: string[] = []): AuthUser => ({ username: 'u', name: 'U', roles, facilities });

describe('roles', () => {
  it('reads the internal control role from the token, without facilities', () => {
    expect(
      userFromToken({
        preferred_username: 'kontroll1',
        name: 'Kristin Tilsynsmo',
        realm_access: { roles: ['kontroll', 'offline_access', 'default-roles-bta'] },
      }),
    ).toEqual({ username: 'kontroll1', name: 'Kristin Tilsynsmo', roles: ['kontroll'], facilities: [] });
  });

  it('lets the internal control see every facility and the whole municipality in both reports', () => {
    expect(seesWholeMunicipality(user(['kontroll']), 'controlReport')).toBe(true);
    expect(seesWholeMunicipality(user(['kontroll']), 'statistics')).toBe(true);
  });

  it('gives ESIKT the whole municipality in the statistics only, and a fagleder neither', () => {
    expect(seesWholeMunicipality(user(['esikt']), 'statistics')).toBe(true);
    expect(seesWholeMunicipality(user(['esikt']), 'controlReport')).toBe(false);
    expect(seesWholeMunicipality(user(['fagleder'], ['bakklandet']), 'controlReport')).toBe(false);
    expect(seesWholeMunicipality(user(['fagleder', 'botiltak'], ['bakklandet']), 'statistics')).toBe(false);
  });

  it('lets only a fagleder other than the proposer record an appeal outcome (R-SAN-7)', () => {
    expect(canDecideAppealOutcome(user(['fagleder', 'botiltak']), 'annen-leder')).toBe(true);
    expect(canDecideAppealOutcome({ ...user(['fagleder', 'botiltak']), username: 'annen-leder' }, 'annen-leder')).toBe(false);
    expect(canDecideAppealOutcome(user(['botiltak']), 'annen-leder')).toBe(false);
  });
});
