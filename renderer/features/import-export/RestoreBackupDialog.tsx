import { useState } from 'react';
import type { Backup, BackupTableName } from '../../../shared/io/backup';
import { useNotify } from '../../app/notifications/useNotify';
import { restoreBackup, type RestoreMode } from '../../db/backup';
import { db } from '../../db/db';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

interface RestoreBackupDialogProps {
  backup: Backup;
  counts: Record<BackupTableName, number>;
  onClose(): void;
}

/** What the backup holds, how to restore it, and a confirmation. */
export function RestoreBackupDialog({ backup, counts, onClose }: RestoreBackupDialogProps) {
  const { t, language } = useT();
  const { notify, notifyError } = useNotify();
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [isRestoring, setIsRestoring] = useState(false);
  const made = new Date(backup.createdAt).toLocaleString(language === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });

  async function confirm() {
    setIsRestoring(true);
    try {
      await restoreBackup(db, backup, mode);
      notify({ message: t('backup.restored') });
      onClose();
    } catch (error) {
      notifyError(error);
      setIsRestoring(false);
    }
  }

  return (
    <Dialog
      title={t('backup.previewTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className={mode === 'replace' ? 'button-danger' : 'button-primary'} disabled={isRestoring} onClick={() => void confirm()}>
            {t('backup.confirm')}
          </button>
        </>
      }
    >
      <p>{t('backup.made', { date: made })}</p>
      <p>{t('backup.holds', { stakeholders: counts.stakeholders, contacts: counts.contacts, relationships: counts.relationships, agreements: counts.agreements, actions: counts.actions })}</p>
      <fieldset>
        <legend>{t('backup.mode')}</legend>
        {(['merge', 'replace'] as const).map((option) => (
          <label key={option} className="radio-option">
            <input type="radio" name="restore-mode" checked={mode === option} onChange={() => setMode(option)} />
            {t(`backup.mode.${option}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'replace' && <p className="notice">{t('backup.replaceWarning')}</p>}
    </Dialog>
  );
}
