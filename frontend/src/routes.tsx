import type { RouteObject } from 'react-router-dom';
import { Navigate } from 'react-router-dom';
import { AppLayout } from './components/layout/AppLayout';
import { menuItems } from './components/layout/menu';
import { NotFoundPage } from './components/NotFoundPage';
import { RequireRole } from './components/RequireRole';
import { agreementPageRoles, innsynRoles, ledgerRoles } from './auth/roles';
import { AgreementListPage } from './features/agreement/pages/AgreementListPage';
import { newAgreementStep } from './features/agreement/form/NewAgreementForm';
import { AgreementPage } from './features/agreement/pages/AgreementPage';
import { ResidentsPage } from './features/agreement/pages/ResidentsPage';
import { FacilityListPage } from './features/facility/pages/FacilityListPage';
import { FacilityPage } from './features/facility/pages/FacilityPage';
import { IntakeListPage } from './features/intake/pages/IntakeListPage';
import { IntakePage } from './features/intake/pages/IntakePage';
import { NewIntakePage } from './features/intake/pages/NewIntakePage';
import { VacanciesPage } from './features/intake/pages/VacanciesPage';
import { IncomingAllocationsSection, WaitingListPage } from './features/intake/pages/WaitingListPage';
import { ApprovalQueuePage } from './features/sanction/pages/ApprovalQueuePage';
import { ControlReportPage } from './features/sanction/pages/ControlReportPage';
import { IncidentsPage } from './features/sanction/pages/IncidentsPage';
import { SanctionLadderPage } from './features/sanction/pages/SanctionLadderPage';
import { StartRedirect } from './features/reporting/components/StartRedirect';
import { OverviewPage } from './features/reporting/pages/OverviewPage';
import { StatisticsPage } from './features/reporting/pages/StatisticsPage';
import { ArrearsSection } from './features/egenbetaling/components/ArrearsSection';
import { EgenbetalingPage } from './features/egenbetaling/pages/EgenbetalingPage';
import { LedgerPage } from './features/egenbetaling/pages/LedgerPage';
import { KartleggingPage } from './features/followup/pages/KartleggingPage';
import { RetentionPage } from './features/retention/pages/RetentionPage';
import { InnsynPage } from './features/innsyn/pages/InnsynPage';

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
            <IntakePage agreementStep={newAgreementStep} />
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
