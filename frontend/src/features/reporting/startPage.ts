import type { Role } from '../../auth/roles';

/**
 * Start pages by role, the first that matches wins: facility staff and fagleder on Oversikt, the
 * internal control on Kontrollrapport (its work, and an API it may use: getControlReport).
 */
const startPages: readonly { roles: readonly Role[]; path: string }[] = [
  { roles: ['botiltak', 'fagleder'], path: '/oversikt' },
  { roles: ['kontroll'], path: '/kontrollrapport' },
];

/** Where a user lands after login; everyone without a start page of their own lands on Botiltak. */
export function startPathFor(roles: readonly Role[]): string {
  return startPages.find((page) => page.roles.some((role) => roles.includes(role)))?.path ?? '/botiltak';
}
