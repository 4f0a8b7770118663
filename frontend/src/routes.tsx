import type { RouteObject } from 'react-router-dom';
import { matchRoutes, Navigate } from 'react-router-dom';
import { AppLayout } from './components/layout/AppLayout';
import { menuItems } from './components/layout/menu';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireRole } from './components/RequireRole';
import { agreementPageRoles, innsynRoles, ledgerRoles, personReaderRoles } from './auth/roles';
import { caseTabs, type CaseTab } from './shared/person/caseView';
import { lazyPage, preloadPages } from './components/lazyPage';
import { StartRedirect } from './features/reporting/components/StartRedirect';

/**
 * Each work area is its own chunk, loaded when its route is first opened (AppLayout shows a loading text
 * meanwhile), so the login landing loads only what it shows.
 */
const AgreementListPage = lazyPage(() => import('./features/agreement/pages/AgreementListPage'), 'AgreementListPage');
const AgreementPage = lazyPage(() => import('./features/agreement/pages/AgreementPage'), 'AgreementPage');
const ResidentsPage = lazyPage(() => import('./features/agreement/pages/ResidentsPage'), 'ResidentsPage');
const FacilityListPage = lazyPage(() => import('./features/facility/pages/FacilityListPage'), 'FacilityListPage');
const FacilityPage = lazyPage(() => import('./features/facility/pages/FacilityPage'), 'FacilityPage');
const IntakeListPage = lazyPage(() => import('./features/intake/pages/IntakeListPage'), 'IntakeListPage');
const NewIntakePage = lazyPage(() => import('./features/intake/pages/NewIntakePage'), 'NewIntakePage');
const VacanciesPage = lazyPage(() => import('./features/intake/pages/VacanciesPage'), 'VacanciesPage');
const ApprovalQueuePage = lazyPage(() => import('./features/sanction/pages/ApprovalQueuePage'), 'ApprovalQueuePage');
const ControlReportPage = lazyPage(() => import('./features/sanction/pages/ControlReportPage'), 'ControlReportPage');
const IncidentsPage = lazyPage(() => import('./features/sanction/pages/IncidentsPage'), 'IncidentsPage');
const SanctionLadderPage = lazyPage(() => import('./features/sanction/pages/SanctionLadderPage'), 'SanctionLadderPage');
const OverviewPage = lazyPage(() => import('./features/reporting/pages/OverviewPage'), 'OverviewPage');
const StatisticsPage = lazyPage(() => import('./features/reporting/pages/StatisticsPage'), 'StatisticsPage');
const EgenbetalingPage = lazyPage(() => import('./features/egenbetaling/pages/EgenbetalingPage'), 'EgenbetalingPage');
const LedgerPage = lazyPage(() => import('./features/egenbetaling/pages/LedgerPage'), 'LedgerPage');
const KartleggingPage = lazyPage(() => import('./features/followup/pages/KartleggingPage'), 'KartleggingPage');
const RetentionPage = lazyPage(() => import('./features/retention/pages/RetentionPage'), 'RetentionPage');
const InnsynPage = lazyPage(() => import('./features/innsyn/pages/InnsynPage'), 'InnsynPage');
const ArrearsSection = lazyPage(() => import('./features/egenbetaling/components/ArrearsSection'), 'ArrearsSection');
const WaitingListPage = lazyPage(() => import('./features/intake/pages/WaitingListPage'), 'WaitingListPage');
const IncomingAllocationsSection = lazyPage(() => import('./features/intake/pages/WaitingListPage'), 'IncomingAllocationsSection');
const PersonCasePage = lazyPage(() => import('./features/person/pages/PersonCasePage'), 'PersonCasePage');
const PersonOverviewTab = lazyPage(() => import('./features/person/components/PersonOverviewTab'), 'PersonOverviewTab');
const PersonIntakeTab = lazyPage(() => import('./features/intake/components/PersonIntakeTab'), 'PersonIntakeTab');
const PersonAgreementTab = lazyPage(() => import('./features/agreement/components/PersonAgreementTab'), 'PersonAgreementTab');
const PersonLedgerTab = lazyPage(() => import('./features/egenbetaling/components/PersonLedgerTab'), 'PersonLedgerTab');
const PersonSanctionsTab = lazyPage(() => import('./features/sanction/components/PersonSanctionsTab'), 'PersonSanctionsTab');
const PersonIncidentsTab = lazyPage(() => import('./features/sanction/components/PersonIncidentsTab'), 'PersonIncidentsTab');
const PersonAssessmentsTab = lazyPage(() => import('./features/followup/components/PersonAssessmentsTab'), 'PersonAssessmentsTab');
const PersonInnsynTab = lazyPage(() => import('./features/innsyn/components/PersonInnsynTab'), 'PersonInnsynTab');
const IntakeWithAgreementStep = lazyPage(() => import('./IntakeWithAgreementStep'), 'IntakeWithAgreementStep');

const pages: Record<string, React.ReactNode> = {
  '/oversikt': <OverviewPage />,
  '/soknader': <IntakeListPage />,
  '/venteliste': <WaitingListPage />,
  '/ledige-boenheter': <VacanciesPage />,
  '/beboere': (
    <ResidentsPage>
      <IncomingAllocationsSection />
      <ArrearsSection withHeading />
    </ResidentsPage>
  ),
  '/avtaler': <AgreementListPage />,
  '/hendelser': <IncidentsPage />,
  '/godkjenninger': <ApprovalQueuePage />,
  '/kontrollrapport': <ControlReportPage />,
  '/statistikk': <StatisticsPage />,
  '/egenbetaling': <EgenbetalingPage />,
  '/sletting': <RetentionPage />,
};

/** The case view's tabs below `/personer/:personId`, each guarded by the roles of the endpoints it calls. */
const personTabs: Record<Exclude<CaseTab, 'oversikt'>, React.ReactNode> = {
  soknad: <PersonIntakeTab />,
  avtale: <PersonAgreementTab />,
  reskontro: <PersonLedgerTab />,
  reaksjoner: <PersonSanctionsTab />,
  hendelser: <PersonIncidentsTab />,
  kartlegging: <PersonAssessmentsTab />,
  innsyn: <PersonInnsynTab />,
};

const personTabRoutes: RouteObject[] = (Object.keys(personTabs) as Exclude<CaseTab, 'oversikt'>[]).map((tab) => ({
  path: caseTabs[tab].segment,
  element: <RequireRole roles={caseTabs[tab].roles}>{personTabs[tab]}</RequireRole>,
}));

/** Role-restricted work areas: the same roles as in the menu guard the route. */
const workAreaRoutes: RouteObject[] = menuItems
  .filter((item) => item.roles && pages[item.path])
  .map((item) => ({
    path: item.path.slice(1),
    element: <RequireRole roles={item.roles!}>{pages[item.path]}</RequireRole>,
  }));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <StartRedirect /> },
      { path: 'botiltak', element: <FacilityListPage /> },
      { path: 'botiltak/:facilityId', element: <FacilityPage /> },
      ...workAreaRoutes,
      {
        path: 'soknader/ny',
        element: (
          <RequireRole roles={['hvk']}>
            <NewIntakePage />
          </RequireRole>
        ),
      },
      {
        path: 'soknader/:intakeId',
        element: (
          <RequireRole roles={['hvk', 'esikt', 'botiltak', 'fagleder']}>
            <IntakeWithAgreementStep />
          </RequireRole>
        ),
      },
      {
        path: 'avtaler/:agreementId/reskontro',
        element: (
          <RequireRole roles={ledgerRoles}>
            <LedgerPage />
          </RequireRole>
        ),
      },
      {
        path: 'beboere/:personId/kartlegging',
        element: (
          <RequireRole roles={agreementPageRoles}>
            <KartleggingPage />
          </RequireRole>
        ),
      },
      {
        path: 'personer/:personId',
        element: (
          <RequireRole roles={personReaderRoles}>
            <PersonCasePage />
          </RequireRole>
        ),
        children: [{ index: true, element: <PersonOverviewTab /> }, ...personTabRoutes],
      },
      {
        path: 'personer/:personId/innsyn',
        element: (
          <RequireRole roles={innsynRoles}>
            <InnsynPage />
          </RequireRole>
        ),
      },
      {
        path: 'avtaler/:agreementId/reaksjoner',
        element: (
          <RequireRole roles={agreementPageRoles}>
            <SanctionLadderPage />
          </RequireRole>
        ),
      },
      {
        path: 'avtaler/:agreementId',
        element: (
          <RequireRole roles={agreementPageRoles}>
            <AgreementPage />
          </RequireRole>
        ),
      },
      { path: 'ledige', element: <Navigate to="/ledige-boenheter" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

/** Loads the chunks of the page a path shows. */
export function preloadRoute(pathname: string): Promise<unknown> {
  return Promise.all((matchRoutes(routes, pathname) ?? []).map((match) => preloadPages(match.route.element)));
}
