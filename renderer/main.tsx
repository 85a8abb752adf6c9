import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartupFailure, preferredScreenLanguage } from './app/StartupFailure';
import { db } from './db/db';
import { openDatabaseWithUpgradeBackup } from './db/upgradeBackup';
import { preloadReport } from './features/reports/preloadReport';
import { platform } from './platform/platform';
import './styles/app.css';

// The database is opened before the app renders, so that a schema upgrade is preceded by a
// backup and a failed one shows what to do instead of an app without its data.

const OPENING = { en: 'Opening your data…', it: 'Apertura dei dati…' } as const;

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  root.render(<p role="status">{OPENING[preferredScreenLanguage()]}</p>);
  // The app's modules load while the database opens and, for the report, while its rows are read.
  const app = import('./app/App');
  // Awaited below once the database is open; a failure to load is thrown there, not reported twice.
  app.catch(() => undefined);
  const result = await openDatabaseWithUpgradeBackup(db, platform.backups ? { desktopBackups: platform.backups } : {});
  if (result.status !== 'opened') {
    root.render(
      <StrictMode>
        <StartupFailure
          reason={result.reason}
          databaseName={db.name}
          storedVersion={result.storedVersion}
          error={result.error}
        />
      </StrictMode>,
    );
    return;
  }
  preloadReport(location.hash, db);
  const { App } = await app;
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
