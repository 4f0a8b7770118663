import { describe, expect, it } from 'vitest';
import {
  canDecideAppealOutcome,
  canOpenAgreement,
  canOpenAssessments,
  canOpenLedger,
  canReadPersons,
  findsOnlyOwnApplicants,
  readsIntakesAsQueue,
  seesWholeMunicipality,
  userFromToken,
  type AuthUser,
} from './roles';

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
    expect(canDecideAppealOutcome(user(['fagleder', 'botiltak']), false)).toBe(true);
    expect(canDecideAppealOutcome(user(['fagleder', 'botiltak']), true)).toBe(false);
    expect(canDecideAppealOutcome(user(['botiltak']), false)).toBe(false);
  });

  it('keeps ESIKT and the others without the person register out of person search and person reads (R-ACC-3)', () => {
    expect(canReadPersons(user(['hvk']))).toBe(true);
    expect(canReadPersons(user(['botiltak'], ['bakklandet']))).toBe(true);
    expect(canReadPersons(user(['fagleder'], ['bakklandet']))).toBe(true);
    expect(canReadPersons(user(['esikt']))).toBe(false);
    expect(canReadPersons(user(['okonomi']))).toBe(false);
    expect(canReadPersons(user(['kontroll']))).toBe(false);
  });

  it('opens agreement pages only for facility staff: not HVK, ESIKT or økonomi', () => {
    expect(canOpenAgreement(user(['botiltak'], ['bakklandet']))).toBe(true);
    expect(canOpenAgreement(user(['fagleder'], ['bakklandet']))).toBe(true);
    for (const role of ['hvk', 'esikt', 'okonomi', 'kontroll', 'integrasjon'] as const) {
      expect(canOpenAgreement(user([role]))).toBe(false);
    }
  });

  it('opens the ledger for økonomi and facility staff, not for HVK or ESIKT', () => {
    expect(canOpenLedger(user(['okonomi']))).toBe(true);
    expect(canOpenLedger(user(['botiltak'], ['bakklandet']))).toBe(true);
    expect(canOpenLedger(user(['fagleder'], ['bakklandet']))).toBe(true);
    expect(canOpenLedger(user(['hvk']))).toBe(false);
    expect(canOpenLedger(user(['esikt']))).toBe(false);
  });

  it('opens the assessments (and, by the same roles, the sanction ladder) for facility staff only', () => {
    expect(canOpenAssessments(user(['botiltak'], ['bakklandet']))).toBe(true);
    expect(canOpenAssessments(user(['fagleder'], ['bakklandet']))).toBe(true);
    expect(canOpenAssessments(user(['hvk']))).toBe(false);
    expect(canOpenAssessments(user(['esikt']))).toBe(false);
    expect(canOpenAssessments(user(['okonomi']))).toBe(false);
  });

  it('gives ESIKT alone the queue view of applications, as the backend does', () => {
    expect(readsIntakesAsQueue(user(['esikt']))).toBe(true);
    expect(readsIntakesAsQueue(user(['esikt', 'hvk']))).toBe(false);
    expect(readsIntakesAsQueue(user(['esikt', 'botiltak'], ['bakklandet']))).toBe(false);
    expect(readsIntakesAsQueue(user(['hvk']))).toBe(false);
    expect(readsIntakesAsQueue(user(['fagleder'], ['bakklandet']))).toBe(false);
  });

  it('tells an HVK caseworker, not facility staff, that search finds only their own applicants', () => {
    expect(findsOnlyOwnApplicants(user(['hvk']))).toBe(true);
    expect(findsOnlyOwnApplicants(user(['hvk', 'botiltak'], ['bakklandet']))).toBe(false);
    expect(findsOnlyOwnApplicants(user(['botiltak'], ['bakklandet']))).toBe(false);
    expect(findsOnlyOwnApplicants(user(['esikt']))).toBe(false);
  });
});
