import { Suspense } from 'react';
import { Link as RouterLink, Outlet, useLocation, useParams } from 'react-router-dom';
import { useAuth } from '../../../auth/AuthContext';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { PersonAccessNotice } from '../../../shared/person/components/PersonAccessNotice';
import { usePersonSummary } from '../../../shared/person/api/usePersonSummary';
import { caseTabs, personMenuParent, personPath, visibleTabs, type CaseContext, type CaseTab } from '../../../shared/person/caseView';
import { CaseHeader } from '../components/CaseHeader';
import { tekster } from '../tekster';

/** The tab the path shows: the one whose path it is, else the overview. */
function tabOf(pathname: string, personId: string, tabs: readonly CaseTab[]): CaseTab {
  return tabs.find((tab) => tab !== 'oversikt' && pathname === personPath(personId, tab)) ?? 'oversikt';
}

/**
 * One case view per person (`/personer/:personId`, issue 18): the header (name, masked number, age, facility and
 * unit, status, contact details and primary contact) and the tabs this user may see; each tab is a route below it
 * and gets the person through the outlet context.
 */
export function PersonCasePage() {
  const { personId = '' } = useParams();
  const { pathname } = useLocation();
  const { user } = useAuth();
  const summary = usePersonSummary(personId);
  const person = summary.data;
  const tabs = person ? visibleTabs(user, person) : [];
  const tab = tabOf(pathname, personId, Object.keys(caseTabs) as CaseTab[]);
  const parent = personMenuParent(user);
  const name = person?.name ?? tekster.tittel;
  useDocumentTitle(tab === 'oversikt' ? name : `${caseTabs[tab].label} – ${name}`);

  const crumbs: Crumb[] = [parent, { label: name, to: personPath(personId) }];
  if (tab !== 'oversikt') crumbs.push({ label: caseTabs[tab].label });

  if (!person) {
    return (
      <>
        <Breadcrumbs crumbs={crumbs} />
        <PageHeading>{tekster.tittel}</PageHeading>
        {summary.error ? <ProblemAlert error={summary.error} heading={tekster.feil} /> : <Loading text={tekster.henter} />}
      </>
    );
  }

  const context: CaseContext = { person };
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading>{person.name}</PageHeading>
      <CaseHeader person={person} />
      <PersonAccessNotice access={person.access} />
      <nav aria-label={tekster.faner} className="bta-case-tabs">
        <ul>
          {tabs.map((t) => (
            <li key={t}>
              <RouterLink to={personPath(personId, t)} aria-current={t === tab ? 'page' : undefined}>
                {caseTabs[t].label}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="bta-case-tab">
        <Suspense fallback={<Loading text={tekster.henterFane} />}>
          <Outlet context={context} />
        </Suspense>
      </div>
    </>
  );
}
