import { useState } from 'react';
import { BackupError, backupCounts, parseBackup, type Backup } from '../../../shared/io/backup';
import { useNotify } from '../../app/notifications/useNotify';
import { createBackupJson } from '../../db/backup';
import { db } from '../../db/db';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { useFileExport } from './useFileExport';

/** Full backup to one JSON file and restore from it (download and file picker in web mode). */
export function BackupsSection() {
  const { t } = useT();
  const { notifyError } = useNotify();
  const { isBusy, run } = useFileExport();
  const [pending, setPending] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function readBackup(file: File) {
    setError(null);
    try {
      setPending(parseBackup(await file.text(), CURRENT_SCHEMA_VERSION));
    } catch (caught) {
      if (caught instanceof BackupError) setError(t(`backup.error.${caught.reason}`, { detail: caught.detail }));
      else notifyError(caught);
    } finally {
      setInputKey((key) => key + 1);
    }
  }

  return (
    <section className="card io-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="io-actions">
        <button type="button" disabled={isBusy} onClick={() => void run(async () => ({ stem: 'backup', extension: 'json', data: await createBackupJson(db) }))}>
          {t('backup.download')}
        </button>
        <label className="field">
          <span>{t('backup.restore')}</span>
          <input key={inputKey} type="file" accept=".json,application/json" onChange={(event) => event.target.files?.[0] && void readBackup(event.target.files[0])} />
        </label>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {pending && <RestoreBackupDialog backup={pending} counts={backupCounts(pending)} onClose={() => setPending(null)} />}
    </section>
  );
}
