import { useEffect, useState } from 'react';
import { localIsoDate } from '../../shared/domain/common';
import { listUpgradeBackups, readStoredDatabaseAsBackupJson, type StartupFailureReason } from '../db/upgradeBackup';
import { platform } from '../platform/platform';

// Shown instead of the app when the database cannot be opened. It runs without the i18n
// provider (which keeps its preference in the very database that failed), so it carries its
// own two languages.

type ScreenLanguage = 'en' | 'it';

const TEXT = {
  en: {
    title: 'Trama could not open your data',
    what: {
      'upgrade-failed':
        'This version of Trama needs to update the way your data is stored, and the update failed. Trama undid it: nothing was changed.',
      'backup-failed':
        'Before updating the way your data is stored, Trama saves a copy of it. The copy could not be saved (the disk may be full), so Trama did not update anything.',
      'newer-version':
        'Your data was last saved by a newer version of Trama. To avoid damaging it, this older version does not open it.',
      'open-failed':
        'The store that holds your data on this computer could not be opened. Trama did not change anything.',
    },
    safe: 'Your data is safe and unchanged.',
    todoTitle: 'What to do',
    todo: {
      'upgrade-failed': [
        'Download the copy made before the update and keep it somewhere safe.',
        'Choose “Try again”.',
        'If it fails again, send the technical details below to whoever supports Trama in your organisation. Until it is fixed, the previous version of Trama still opens your data.',
      ],
      'backup-failed': [
        'Free some disk space.',
        'Choose “Try again”.',
        'If it fails again, download your data as it is now and contact whoever supports Trama in your organisation.',
      ],
      'newer-version': [
        'Install the newer version of Trama again: it opens your data.',
        'If you need a copy now, download your data as it is now.',
      ],
      'open-failed': [
        'Close any other Trama window.',
        'Choose “Try again”.',
        'If it fails again, download your data as it is now and contact whoever supports Trama in your organisation.',
      ],
    },
    downloadBackup: 'Download the backup made before the update',
    downloadCurrent: 'Download your data as it is now',
    retry: 'Try again',
    saved: 'The copy has been saved.',
    notSaved: 'The copy could not be saved.',
    details: 'Technical details',
    otherLanguage: 'Italiano',
  },
  it: {
    title: 'Trama non è riuscita ad aprire i dati',
    what: {
      'upgrade-failed':
        'Questa versione di Trama deve aggiornare il modo in cui i dati sono archiviati, ma l’aggiornamento non è riuscito. Trama lo ha annullato: non è stato modificato nulla.',
      'backup-failed':
        'Prima di aggiornare il modo in cui i dati sono archiviati, Trama ne salva una copia. Non è stato possibile salvare la copia (il disco potrebbe essere pieno), quindi Trama non ha aggiornato nulla.',
      'newer-version':
        'I dati sono stati salvati l’ultima volta da una versione più recente di Trama. Per non danneggiarli, questa versione meno recente non li apre.',
      'open-failed':
        'Non è stato possibile aprire l’archivio che contiene i dati su questo computer. Trama non ha modificato nulla.',
    },
    safe: 'I dati sono al sicuro e non sono stati modificati.',
    todoTitle: 'Cosa fare',
    todo: {
      'upgrade-failed': [
        'Scaricare la copia fatta prima dell’aggiornamento e conservarla in un luogo sicuro.',
        'Scegliere «Riprova».',
        'Se non funziona ancora, inviare i dettagli tecnici riportati sotto a chi si occupa di Trama nella propria organizzazione. Finché il problema non è risolto, la versione precedente di Trama apre ancora i dati.',
      ],
      'backup-failed': [
        'Liberare spazio sul disco.',
        'Scegliere «Riprova».',
        'Se non funziona ancora, scaricare i dati così come sono ora e contattare chi si occupa di Trama nella propria organizzazione.',
      ],
      'newer-version': [
        'Installare di nuovo la versione più recente di Trama: questa apre i dati.',
        'Se serve subito una copia, scaricare i dati così come sono ora.',
      ],
      'open-failed': [
        'Chiudere eventuali altre finestre di Trama.',
        'Scegliere «Riprova».',
        'Se non funziona ancora, scaricare i dati così come sono ora e contattare chi si occupa di Trama nella propria organizzazione.',
      ],
    },
    downloadBackup: 'Scarica il backup fatto prima dell’aggiornamento',
    downloadCurrent: 'Scarica i dati così come sono ora',
    retry: 'Riprova',
    saved: 'La copia è stata salvata.',
    notSaved: 'Non è stato possibile salvare la copia.',
    details: 'Dettagli tecnici',
    otherLanguage: 'English',
  },
} as const;

export function preferredScreenLanguage(
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): ScreenLanguage {
  const first = languages.find((language) => /^(it|en)\b/i.test(language));
  return first?.toLowerCase().startsWith('en') ? 'en' : 'it';
}

export interface StartupFailureProps {
  reason: StartupFailureReason;
  databaseName: string;
  storedVersion: number | null;
  error: unknown;
}

function describeError(error: unknown): string {
  if (error instanceof Error)
    return `${error.name}: ${error.message}${error.cause ? `\n${describeError(error.cause)}` : ''}`;
  return String(error);
}

/** The backup saved just before this upgrade, or else the data as stored now. */
async function findDownload(
  databaseName: string,
  storedVersion: number | null,
): Promise<{ kind: 'backup' | 'current'; read: () => Promise<string | null> }> {
  const [latest] = await listUpgradeBackups().catch(() => []);
  if (latest && latest.fromVersion === storedVersion) return { kind: 'backup', read: async () => latest.json };
  return { kind: 'current', read: () => readStoredDatabaseAsBackupJson(databaseName) };
}

export function StartupFailure({ reason, databaseName, storedVersion, error }: StartupFailureProps) {
  const [language, setLanguage] = useState<ScreenLanguage>(() => preferredScreenLanguage());
  const [download, setDownload] = useState<Awaited<ReturnType<typeof findDownload>> | null>(null);
  const [saveOutcome, setSaveOutcome] = useState<'saved' | 'not-saved' | null>(null);
  const text = TEXT[language];

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = text.title;
  }, [language, text.title]);

  useEffect(() => {
    void findDownload(databaseName, storedVersion).then(setDownload);
  }, [databaseName, storedVersion]);

  async function save() {
    setSaveOutcome(null);
    try {
      const json = await download?.read();
      if (!json) throw new Error('Nothing to save');
      const stem = download?.kind === 'backup' ? 'trama-backup-before-update' : 'trama-backup';
      const result = await platform.saveFile({
        suggestedName: `${stem}-${localIsoDate()}.json`,
        data: json,
        mimeType: 'application/json',
        filter: { name: 'Trama backup', extensions: ['json'] },
      });
      if (result.isSaved) setSaveOutcome('saved');
    } catch {
      setSaveOutcome('not-saved');
    }
  }

  return (
    <main className="onboarding" aria-labelledby="startup-failure-title">
      <div className="page-header">
        <h1 id="startup-failure-title">{text.title}</h1>
        <button
          type="button"
          lang={language === 'en' ? 'it' : 'en'}
          onClick={() => setLanguage(language === 'en' ? 'it' : 'en')}
        >
          {text.otherLanguage}
        </button>
      </div>
      <p>{text.what[reason]}</p>
      <p>
        <strong>{text.safe}</strong>
      </p>
      <h2>{text.todoTitle}</h2>
      <ol>
        {text.todo[reason].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="page-actions">
        <button type="button" disabled={!download} onClick={() => void save()}>
          {download?.kind === 'backup' ? text.downloadBackup : text.downloadCurrent}
        </button>
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {text.retry}
        </button>
      </div>
      <p role="status">{saveOutcome === 'saved' ? text.saved : saveOutcome === 'not-saved' ? text.notSaved : ''}</p>
      <details>
        <summary>{text.details}</summary>
        <pre className="notes">
          {`${reason} · ${databaseName} · stored version ${storedVersion ?? '—'}\n${describeError(error)}`}
        </pre>
      </details>
    </main>
  );
}
