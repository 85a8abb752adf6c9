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
import { ErrorPage } from './ErrorPage';
import type { Route } from './route';

/** The page for a route. Each feature owns its pages; this only dispatches. */
export function renderPage(route: Route): ReactNode {
  if (route.addressProblem) return <ErrorPage failure={{ kind: 'address', problem: route.addressProblem }} />;
  switch (route.section) {
    case 'dashboard':
      return <DashboardPage route={route} />;
    case 'map':
      return <MapPage route={route} />;
    case 'stakeholders':
      return route.id ? <StakeholderDetailPage key={route.id} stakeholderId={route.id} /> : <StakeholdersPage route={route} />;
    case 'agreements':
      return route.id ? <AgreementDetailPage key={route.id} agreementId={route.id} /> : <AgreementsPage route={route} />;
    case 'actions':
      return route.id ? <ActionDetailPage key={route.id} actionId={route.id} /> : <ActionsPage route={route} />;
    case 'follow-ups':
      return <FollowUpsPage route={route} />;
    case 'grid':
      return <PowerInterestGridPage route={route} />;
    case 'briefings':
      return <BriefingsPage route={route} />;
    case 'print':
      return <BriefingPrintPage route={route} />;
    case 'import-export':
      return <ImportExportPage route={route} />;
    case 'settings':
      return <SettingsPage />;
  }
}
