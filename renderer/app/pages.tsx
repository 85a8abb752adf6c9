import type { ReactNode } from 'react';
import { ActionDetailPage } from '../features/actions/ActionDetailPage';
import { ActionsPage } from '../features/actions/ActionsPage';
import { FollowUpsPage } from '../features/actions/FollowUpsPage';
import { AgreementDetailPage } from '../features/agreements/AgreementDetailPage';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { BriefingPrintPage } from '../features/briefings/BriefingPrintPage';
import { BriefingsPage } from '../features/briefings/BriefingsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { PowerInterestGridPage } from '../features/dashboard/PowerInterestGridPage';
import { ImportExportPage } from '../features/import-export/ImportExportPage';
import { MapPage } from '../features/map/MapPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StakeholderDetailPage } from '../features/stakeholders/StakeholderDetailPage';
import { StakeholdersPage } from '../features/stakeholders/StakeholdersPage';
import { TrainingsPage } from '../features/trainings/TrainingsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { ErrorPage } from './ErrorPage';
import type { Route, SectionName } from './route';

/** Each section's page (sections.ts): the compiler asks for one for every section. Each feature owns its pages; this only dispatches. */
const PAGES: { readonly [Section in SectionName]: (route: Route) => ReactNode } = {
  dashboard: (route) => <DashboardPage route={route} />,
  map: (route) => <MapPage route={route} />,
  stakeholders: (route) =>
    route.id ? <StakeholderDetailPage key={route.id} stakeholderId={route.id} /> : <StakeholdersPage route={route} />,
  agreements: (route) =>
    route.id ? <AgreementDetailPage key={route.id} agreementId={route.id} /> : <AgreementsPage route={route} />,
  actions: (route) =>
    route.id ? <ActionDetailPage key={route.id} actionId={route.id} /> : <ActionsPage route={route} />,
  'follow-ups': (route) => <FollowUpsPage route={route} />,
  trainings: (route) => <TrainingsPage route={route} />,
  reports: (route) => <ReportsPage route={route} />,
  grid: (route) => <PowerInterestGridPage route={route} />,
  briefings: (route) => <BriefingsPage route={route} />,
  print: (route) => <BriefingPrintPage route={route} />,
  'import-export': (route) => <ImportExportPage route={route} />,
  settings: () => <SettingsPage />,
};

/** The page for a route. */
export function renderPage(route: Route): ReactNode {
  if (route.addressProblem) return <ErrorPage failure={{ kind: 'address', problem: route.addressProblem }} />;
  return PAGES[route.section](route);
}
