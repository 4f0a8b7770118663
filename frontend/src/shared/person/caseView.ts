import { useOutletContext } from 'react-router-dom';
import { menuCrumb, type Crumb } from '../../components/crumbs';
import {
  agreementPageRoles,
  canReadPersons,
  hasAnyRole,
  innsynRoles,
  ledgerRoles,
  personReaderRoles,
  type AuthUser,
  type Role,
} from '../../auth/roles';
import type { PersonCase } from './api/usePersonSummary';

/** The case view's tabs, in order: the path below `/personer/:personId` and what the tab needs. */
export type CaseTab = 'oversikt' | 'soknad' | 'avtale' | 'reskontro' | 'reaksjoner' | 'hendelser' | 'kartlegging' | 'innsyn';

interface TabRule {
  /** The path segment below `/personer/:personId` ('' for the first tab). */
  segment: string;
  label: string;
  /** The roles of the endpoints the tab calls (their x-roles): a tab that would get 403 is not shown. */
  roles: readonly Role[];
  /** What the person must have for the tab to show anything. */
  needs?: 'agreement' | 'application';
}

/** The agreement tabs read getAgreement, getLedger and getSanctionHistory: facility staff (økonomi reads no persons). */
const facilityStaff = agreementPageRoles;

export const caseTabs: Record<CaseTab, TabRule> = {
  oversikt: { segment: '', label: 'Oversikt', roles: personReaderRoles },
  soknad: { segment: 'soknad', label: 'Søknad', roles: personReaderRoles, needs: 'application' },
  avtale: { segment: 'avtale', label: 'Avtale', roles: facilityStaff, needs: 'agreement' },
  reskontro: {
    segment: 'reskontro',
    label: 'Reskontro',
    roles: ledgerRoles.filter((r) => personReaderRoles.includes(r)),
    needs: 'agreement',
  },
  reaksjoner: { segment: 'reaksjoner', label: 'Reaksjoner', roles: facilityStaff, needs: 'agreement' },
  hendelser: { segment: 'hendelser', label: 'Hendelser', roles: facilityStaff },
  kartlegging: { segment: 'kartlegging', label: 'Kartlegging', roles: facilityStaff },
  // the full Innsyn page is /personer/:personId/innsyn; the tab shows its summary
  innsyn: { segment: 'innsynslogg', label: 'Innsyn', roles: innsynRoles },
};

export const caseTabOrder: readonly CaseTab[] = [
  'oversikt',
  'soknad',
  'avtale',
  'reskontro',
  'reaksjoner',
  'hendelser',
  'kartlegging',
  'innsyn',
];

/** The case view of a person, or one of its tabs. */
export function personPath(personId: string, tab: CaseTab = 'oversikt'): string {
  const segment = caseTabs[tab].segment;
  return `/personer/${encodeURIComponent(personId)}${segment ? `/${segment}` : ''}`;
}

/** May the user open the tab (roles), whatever the person has. */
export function mayOpenTab(user: AuthUser, tab: CaseTab): boolean {
  return hasAnyRole(user, caseTabs[tab].roles);
}

/** The tabs shown for this person to this user: the roles allow it, and there is something to show. */
export function visibleTabs(user: AuthUser, person: PersonCase): CaseTab[] {
  return caseTabOrder.filter((tab) => {
    const rule = caseTabs[tab];
    if (!hasAnyRole(user, rule.roles)) return false;
    if (rule.needs === 'agreement') return Boolean(person.agreement);
    if (rule.needs === 'application') return Boolean(person.application);
    return true;
  });
}

/** The menu item a person's pages belong under for this user: Beboere for facility staff, Søknader for HVK. */
export function personMenuParent(user: AuthUser): Crumb {
  return menuCrumb(hasAnyRole(user, agreementPageRoles) ? '/beboere' : '/soknader');
}

/**
 * The first crumbs of a page about a person: the menu item (`parent`, else the person's own) and the person's case
 * view, for those who may open it.
 */
export function personCrumbs(user: AuthUser, personId: string, name: string | undefined, parent?: string): Crumb[] {
  const first = parent ? menuCrumb(parent) : personMenuParent(user);
  return canReadPersons(user) && name ? [first, { label: name, to: personPath(personId) }] : [first];
}

/** What each tab gets from the case view (its outlet context). */
export interface CaseContext {
  person: PersonCase;
}

/** The person of the case view, for a tab. */
export function usePersonCase(): CaseContext {
  return useOutletContext<CaseContext>();
}
