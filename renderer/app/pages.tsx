import type { ReactNode } from 'react';
import { MapPage } from '../features/map/MapPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StakeholderDetailPage } from '../features/stakeholders/StakeholderDetailPage';
import { StakeholdersPage } from '../features/stakeholders/StakeholdersPage';
import type { Route } from './route';

/** The page for a route. Each feature owns its pages; this only dispatches. */
export function renderPage(route: Route): ReactNode {
  switch (route.section) {
    case 'map':
      return <MapPage route={route} />;
    case 'stakeholders':
      return route.id ? <StakeholderDetailPage key={route.id} stakeholderId={route.id} /> : <StakeholdersPage route={route} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <MapPage route={route} />;
  }
}
