import type { Role } from '../../auth/roles';

/** Where a user lands after login: facility staff and fagleder on Oversikt, everyone else on Botiltak. */
export function startPathFor(roles: readonly Role[]): string {
  return roles.includes('botiltak') || roles.includes('fagleder') ? '/oversikt' : '/botiltak';
}
