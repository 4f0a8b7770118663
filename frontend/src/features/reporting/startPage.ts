import type { Role } from '../../auth/roles';

/**
 * Start pages by role, each role's work list (issue 18), the first that matches wins: facility staff and fagleder on
 * Oversikt, HVK on Søknader, ESIKT on Venteliste, økonomi on Egenbetaling (Restanser or Umatchede innbetalinger, see
 * `okonomiStartPath`), the internal control on Kontrollrapport (this month's, shown at once).
 */
const startPages: readonly { roles: readonly Role[]; path: string }[] = [
  { roles: ['botiltak', 'fagleder'], path: '/oversikt' },
  { roles: ['hvk'], path: '/soknader' },
  { roles: ['esikt'], path: '/venteliste' },
  { roles: ['okonomi'], path: '/egenbetaling' },
  { roles: ['kontroll'], path: '/kontrollrapport' },
];

/** Where a user lands after login; everyone without a start page of their own lands on Botiltak. */
export function startPathFor(roles: readonly Role[]): string {
  return startPages.find((page) => page.roles.some((role) => roles.includes(role)))?.path ?? '/botiltak';
}

export const RESTANSER = '/egenbetaling?visning=restanser';
export const UMATCHEDE = '/egenbetaling?visning=umatchet';

/**
 * Økonomi's work list: the arrears when some agreement is in arrears (first, also when payments wait to be matched),
 * else the unmatched payments when some wait, else the arrears (an empty list is the work list still).
 */
export function okonomiStartPath(totals: { arrears: number; unmatched: number }): string {
  if (totals.arrears > 0) return RESTANSER;
  return totals.unmatched > 0 ? UMATCHEDE : RESTANSER;
}
