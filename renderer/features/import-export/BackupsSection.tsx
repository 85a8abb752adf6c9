import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { useLastAutomaticBackupDay } from '../../data/useMetaQueries';
import { createBackupJson } from '../../db/backup';
import { formatBytes } from '../../i18n/formatBytes';
import { useT } from '../../i18n/useT';
import type { Language } from '../../../shared/domain/enums';
import { platform, type BackupFile, type BackupStore } from '../../platform/platform';
import type { TakenSafetyCopy } from '../../db/safetyCopyBeforeRestore';
import { DATABASE_NAME } from '../../db/schema';
import { readBackupInWorker, takeSafetyCopyOffThePage, type BackupToRead, type ReadBackup } from './backupInWorker';
import { safetyCopyFromPreview } from './safetyCopyFromPreview';
import { backupReadError } from './backupReadError';
import { BrowserSafetyCopies } from './BrowserSafetyCopies';
import { copyTime } from './restoreDoneMessage';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useFileExport } from './useFileExport';

function formatDay(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day!).toLocaleDateString(language === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'long',
  });
}

const SAFETY_COPY_TIME = /^trama-safety-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?\.json$/;

/**
 * When a file of the backups folder was made, as its name says: a day for the daily backups
 * (one a day), the local time too for safety copies, of which one day may have several; the
 * seconds and the "-2" of a second copy within one second only when they are needed to tell two apart.
 */
function fileTime(file: BackupFile, files: readonly BackupFile[], language: Language): string {
  const parts = SAFETY_COPY_TIME.exec(file.fileName);
  if (!parts) return formatDay(file.date, language);
  const [, year, month, day, hours, minutes, seconds, attempt] = parts.map(Number) as number[];
  const at = new Date(year!, month! - 1, day!, hours, minutes, seconds);
  const sameMinute = files.filter((other) => other.fileName.slice(0, 29) === file.fileName.slice(0, 29)).length > 1;
  const when = sameMinute
    ? at.toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeStyle: 'medium' })
    : copyTime(at.toISOString(), language);
  return Number.isFinite(attempt) && attempt! > 1 ? `${when} (${attempt})` : when;
}

interface AutomaticBackupsProps {
  store: BackupStore;
  onOpen(fileName: string): void;
}

/** Desktop only: the dated backups the app made by itself, newest first. */
export function AutomaticBackups({ store, onOpen }: AutomaticBackupsProps) {
  const { t, language } = useT();
  const { notify, notifyError } = useNotify();
  const [files, setFiles] = useState<BackupFile[] | null>(null);
  // The daily backup records its day once the file is written (also while this page is open,
  // after midnight): the list is read again then. Null when none yet; undefined while reading.
  const lastBackupDay = useLastAutomaticBackupDay();

  useEffect(
    function loadList() {
      if (lastBackupDay === undefined) return;
      let isCurrent = true;
      store.list().then((list) => isCurrent && setFiles(list), notifyError);
      return () => {
        isCurrent = false;
      };
    },
    [store, notifyError, lastBackupDay],
  );

  async function openFolder() {
    try {
      if (!(await store.openFolder())) notify({ message: t('backup.auto.folderNotOpened'), tone: 'error' });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <>
      <h3 id="auto-backups-title">{t('backup.auto.title')}</h3>
      <p className="muted">{t('backup.auto.desktopIntro')}</p>
      {files === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : files.length === 0 ? (
        <p>{t('backup.auto.none')}</p>
      ) : (
        <ul className="item-list" aria-labelledby="auto-backups-title">
          {files.map((file) => {
            const day = fileTime(file, files, language);
            const isSafetyCopy = file.kind === 'safety';
            return (
              <li key={file.fileName}>
                <div>
                  <strong>{day}</strong>
                  {isSafetyCopy && <div>{t('restore.safetyCopy.kind')}</div>}
                  <div className="muted">{formatBytes(file.sizeBytes, language)}</div>
                </div>
                <div className="item-actions">
                  <button
                    type="button"
                    className="button-small"
                    aria-label={
                      isSafetyCopy
                        ? t('restore.safetyCopy.restoreOf', { date: day })
                        : t('backup.auto.restoreOf', { date: day })
                    }
                    onClick={() => onOpen(file.fileName)}
                  >
                    {t('backup.auto.restore')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="io-actions">
        <button type="button" onClick={() => void openFolder()}>
          {t('backup.auto.openFolder')}
        </button>
      </div>
    </>
  );
}

/**
 * Full backup to one JSON file and restore from it (download and file picker in web mode);
 * on the desktop, also the automatic daily backups.
 */
export function BackupsSection() {
  const { t, formatNumber } = useT();
  const { notifyError } = useNotify();
  const database = useDatabase();
  const { isBusy, run } = useFileExport();
  const [pending, setPending] = useState<(ReadBackup & { takeSafetyCopy: () => Promise<TakenSafetyCopy> }) | null>(
    null,
  );
  const [isReading, setIsReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [closedDialogs, setClosedDialogs] = useState(0);
  const store = platform.backups;
  // The worker holding the data the preview read ends with the dialog, or when this section goes.
  useEffect(() => () => pending?.dataRead?.release(), [pending]);

  async function openBackup(source: () => Promise<BackupToRead>) {
    setError(null);
    setIsReading(true);
    try {
      const read = await readBackupInWorker(await source(), t('erasure.marker'));
      const takeSafetyCopy = safetyCopyFromPreview(read.dataRead, DATABASE_NAME, store, () =>
        takeSafetyCopyOffThePage(store),
      );
      setPending({ ...read, takeSafetyCopy });
    } catch (caught) {
      const message = backupReadError(caught, { t, formatNumber });
      if (message === null) notifyError(caught);
      else setError(message);
    } finally {
      setIsReading(false);
    }
  }

  async function readBackupFile(file: File) {
    await openBackup(async () => file);
    setInputKey((key) => key + 1);
  }

  return (
    <section className="card io-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      {store ? (
        <AutomaticBackups
          store={store}
          onOpen={(fileName) => void openBackup(async () => ({ text: await store.read(fileName) }))}
        />
      ) : (
        <>
          <p>{t('backup.auto.webIntro')}</p>
          <BrowserSafetyCopies
            refreshKey={closedDialogs}
            onRestore={(copyId) => void openBackup(async () => ({ browserSafetyCopyId: copyId }))}
          />
        </>
      )}
      <h3>{t('backup.manual.title')}</h3>
      <div className="io-actions">
        <button
          type="button"
          disabled={isBusy}
          onClick={() =>
            void run(async () => ({ stem: 'backup', extension: 'json', data: await createBackupJson(database) }))
          }
        >
          {t('backup.download')}
        </button>
        <label className="field">
          <span>{t('backup.restore')}</span>
          <input
            key={inputKey}
            type="file"
            accept=".json,application/json"
            disabled={isReading}
            onChange={(event) => event.target.files?.[0] && void readBackupFile(event.target.files[0])}
          />
        </label>
      </div>
      {isReading && <p role="status">{t('restore.reading')}</p>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {pending && (
        <RestoreBackupDialog
          backup={pending.backup}
          preview={pending.preview}
          takeSafetyCopy={pending.takeSafetyCopy}
          onClose={() => {
            pending.dataRead?.release();
            setPending(null);
            setClosedDialogs((count) => count + 1);
          }}
        />
      )}
    </section>
  );
}
