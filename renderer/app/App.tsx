import { useEffect } from 'react';
import { useDatabase } from '../data/useDatabase';
import { useAppState } from '../data/useMetaQueries';
import { ensureDefaultProgrammes } from '../db/repositories/organisation';
import { requestPersistentStorage } from '../db/storage';
import { I18nProvider } from '../i18n/I18nProvider';
import { useT } from '../i18n/useT';
import { useDailyAutoBackup } from '../platform/useDailyAutoBackup';
import { TeamStatusInHeader } from '../features/team/TeamStatusInHeader';
import { TeamSyncProvider } from '../features/team/TeamSyncProvider';
import { AppNav } from './AppNav';
import { CurrentSelectionProvider } from './CurrentSelectionProvider';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { HOME_SECTION } from './navigation';
import { NotificationsProvider } from './notifications/NotificationsProvider';
import { Onboarding } from './Onboarding';
import { renderPage } from './pages';
import { SampleBanner } from './SampleBanner';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { useMenuCommands } from './useMenuCommands';
import { useRoute } from './useRoute';

function AppFrame() {
  const { t } = useT();
  const state = useAppState();
  const route = useRoute(HOME_SECTION);
  useMenuCommands();
  useDailyAutoBackup();

  if (!state) return <p role="status">{t('common.loading')}</p>;
  if (!state.isOnboarded) return <Onboarding />;
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        <TeamStatusInHeader />
        <LanguageSwitch />
      </header>
      <AppNav current={route.addressProblem ? undefined : route.section} />
      <main id={MAIN_CONTENT_ID} className="app-main" tabIndex={-1}>
        {state.hasSample && <SampleBanner />}
        <ErrorBoundary>{renderPage(route)}</ErrorBoundary>
      </main>
    </div>
  );
}

export function App() {
  const database = useDatabase();
  useEffect(
    function prepareStorage() {
      void requestPersistentStorage();
      void ensureDefaultProgrammes(database);
    },
    [database],
  );
  // The top error page speaks the remembered language by itself: it stands above the language provider too.
  return (
    <ErrorBoundary>
      <I18nProvider>
        <NotificationsProvider>
          <CurrentSelectionProvider>
            <TeamSyncProvider>
              <AppFrame />
            </TeamSyncProvider>
          </CurrentSelectionProvider>
        </NotificationsProvider>
      </I18nProvider>
    </ErrorBoundary>
  );
}
