import type { components } from '../api/schema.gen';

export type Role = components['schemas']['Role'];

export const allRoles: readonly Role[] = ['hvk', 'esikt', 'botiltak', 'fagleder', 'okonomi', 'integrasjon', 'kontroll'];

export interface AuthUser {
  username: string;
  /** Full name for the header; falls back to the username. */
  name: string;
  roles: Role[];
  /** Facility ids the user works at (token claim `facilities`). */
  facilities: string[];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (allRoles as readonly string[]).includes(value);
}

export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/*
 * R-ACC-3: who may open which pages about a person, as the contract's x-roles and scope say. A link to
 * a page the user may not open (the API would answer 403 or 404) is not shown; routes.tsx guards the
 * routes with the same role lists.
 */

/** getPerson, searchPersons and listPersons. ESIKT reads persons only through the applications in its queue. */
export const personReaderRoles: readonly Role[] = ['hvk', 'botiltak', 'fagleder'];

/**
 * The agreement page (getAgreement), its sanction ladder and the resident's assessments: facility
 * staff only. HVK reads just an agreement's status and its own applicants' sanctions.
 */
export const agreementPageRoles: readonly Role[] = ['botiltak', 'fagleder'];

/** The ledger of an agreement (getLedger): økonomi and facility staff. */
export const ledgerRoles: readonly Role[] = ['okonomi', 'fagleder', 'botiltak'];

/**
 * May produce a person's innsyn (getPersonInnsyn, getPersonInnsynPdf, R-ACC-2): the HVK caseworker and a
 * fagleder of a facility that follows the person up.
 */
export const innsynRoles: readonly Role[] = ['hvk', 'fagleder'];

/** May open a person's Innsyn page (and so follow a link to it). */
export function canProduceInnsyn(user: AuthUser): boolean {
  return hasAnyRole(user, innsynRoles);
}

/** May search the person register and read a person (not ESIKT). */
export function canReadPersons(user: AuthUser): boolean {
  return hasAnyRole(user, personReaderRoles);
}

/** May open an agreement's page (and so follow a link to it). */
export function canOpenAgreement(user: AuthUser): boolean {
  return hasAnyRole(user, agreementPageRoles);
}

/** May open an agreement's ledger (reskontro). */
export function canOpenLedger(user: AuthUser): boolean {
  return hasAnyRole(user, ledgerRoles);
}

/** May open a resident's sanctions and decisions (getSanctionHistory: facility staff). */
export function canOpenSanctions(user: AuthUser): boolean {
  return hasAnyRole(user, agreementPageRoles);
}

/** May open a resident's assessments (kartlegging). */
export function canOpenAssessments(user: AuthUser): boolean {
  return hasAnyRole(user, agreementPageRoles);
}

/**
 * Reads applications only as ESIKT's allocation queue (R-ACC-3): name, birth year, sex, HVK's summary
 * and the wishes; no number, birth date, full assessment, needs or decision. As the backend decides it:
 * esikt without an HVK or facility role.
 */
export function readsIntakesAsQueue(user: AuthUser): boolean {
  return user.roles.includes('esikt') && !hasAnyRole(user, ['hvk', 'botiltak', 'fagleder']);
}

/**
 * An HVK caseworker finds only the persons of their own applications; a person registered earlier (by
 * someone else) is found with the full 11-digit number. Facility staff search their residents instead.
 */
export function findsOnlyOwnApplicants(user: AuthUser): boolean {
  return user.roles.includes('hvk') && !hasAnyRole(user, ['botiltak', 'fagleder']);
}

/** Fagleder of this facility: may adopt new house rules (contract: createHouseRulesVersion). */
export function canEditHouseRules(user: AuthUser, facilityId: string): boolean {
  return user.roles.includes('fagleder') && user.facilities.includes(facilityId);
}

/** R-SAN-7: an appeal's outcome is recorded by a fagleder other than the one who proposed the decision. */
export function canDecideAppealOutcome(user: AuthUser, proposedByYou: boolean): boolean {
  return user.roles.includes('fagleder') && !proposedByYou;
}

/** Reads the user from a decoded access token (realm roles, `facilities` claim, names). */
export function userFromToken(token: Record<string, unknown>): AuthUser {
  const realmAccess = token.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter(isRole) : [];
  const facilities = Array.isArray(token.facilities)
    ? token.facilities.filter((f): f is string => typeof f === 'string')
    : typeof token.facilities === 'string'
      ? [token.facilities]
      : [];
  const username = typeof token.preferred_username === 'string' ? token.preferred_username : '';
  const name = typeof token.name === 'string' && token.name.trim() ? token.name : username;
  return { username, name, roles, facilities };
}

/** Fagleder of this facility: may change its agreement kind (contract: proposeConversion, approveConversion, R-FAC-3). */
export function canConvertFacility(user: AuthUser, facilityId: string): boolean {
  return user.roles.includes('fagleder') && user.facilities.includes(facilityId);
}

/** The reports that can be read for every facility and, with `facility=alle`, the whole municipality. */
export type MunicipalityReport = 'statistics' | 'controlReport';

/**
 * Who reads a report for any facility and for the whole municipality (`facility=alle`), per the contract:
 * statistics (getStatistics) for ESIKT, which allocates to every facility, and the internal control;
 * the control report (getControlReport) only for the internal control. Everyone else reads the
 * facilities they work at.
 */
const wholeMunicipalityRoles: Record<MunicipalityReport, readonly Role[]> = {
  statistics: ['esikt', 'kontroll'],
  controlReport: ['kontroll'],
};

export function seesWholeMunicipality(user: AuthUser, report: MunicipalityReport): boolean {
  return hasAnyRole(user, wholeMunicipalityRoles[report]);
}
