import type { Role } from '../../auth/roles';

/**
 * Start pages by role, each role's work list (issue 18), the first that matches wins: facility staff and fagleder on
 * Oversikt, HVK on Søknader, ESIKT on Venteliste, økonomi on Egenbetaling, the internal control on Kontrollrapport.
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
