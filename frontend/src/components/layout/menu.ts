import type { Role } from '../../auth/roles';

export interface MenuItem {
  path: string;
  label: string;
  /** Roles that see the item; undefined means every logged-in user. */
  roles?: readonly Role[];
}

/** The work areas, in menu order. Each role sees its own areas and Botiltak. */
export const menuItems: readonly MenuItem[] = [
  { path: '/oversikt', label: 'Oversikt', roles: ['botiltak', 'fagleder'] },
  { path: '/soknader', label: 'Søknader', roles: ['hvk'] },
  { path: '/venteliste', label: 'Venteliste', roles: ['esikt'] },
  { path: '/ledige-boenheter', label: 'Ledige boenheter', roles: ['esikt'] },
  { path: '/beboere', label: 'Beboere', roles: ['botiltak', 'fagleder'] },
  { path: '/avtaler', label: 'Avtaler', roles: ['botiltak', 'fagleder'] },
  { path: '/hendelser', label: 'Hendelser', roles: ['botiltak', 'fagleder'] },
  { path: '/godkjenninger', label: 'Godkjenninger', roles: ['fagleder'] },
  { path: '/kontrollrapport', label: 'Kontrollrapport', roles: ['fagleder', 'kontroll'] },
  { path: '/statistikk', label: 'Statistikk', roles: ['botiltak', 'fagleder', 'esikt', 'kontroll'] },
  { path: '/egenbetaling', label: 'Egenbetaling', roles: ['okonomi'] },
  { path: '/sletting', label: 'Sletting og anonymisering', roles: ['hvk'] },
  { path: '/botiltak', label: 'Botiltak' },
];

export function menuFor(roles: readonly Role[]): MenuItem[] {
  return menuItems.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
