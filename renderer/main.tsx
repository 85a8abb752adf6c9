import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupFailure, preferredScreenLanguage } from './app/StartupFailure';
import { db } from './db/db';
import { openDatabaseWithUpgradeBackup } from './db/upgradeBackup';
import { platform } from './platform/platform';
import './styles/app.css';

// The database is opened before the app renders, so that a schema upgrade is preceded by a
// backup and a failed one shows what to do instead of an app without its data.

const OPENING = { en: 'Opening your data…', it: 'Apertura dei dati…' } as const;

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  root.render(<p role="status">{OPENING[preferredScreenLanguage()]}</p>);
  const result = await openDatabaseWithUpgradeBackup(db, platform.backups ? { desktopBackups: platform.backups } : {});
  root.render(
    <StrictMode>
      {result.status === 'opened' ? (
        <App />
      ) : (
        <StartupFailure
          reason={result.reason}
          databaseName={db.name}
          storedVersion={result.storedVersion}
          error={result.error}
        />
      )}
    </StrictMode>,
  );
}

void start();
