import { useEffect, useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import {
  KEPT_SAFETY_COPIES,
  listSafetyCopySummaries,
  readSafetyCopy,
  type SafetyCopySummary,
} from '../../db/safetyCopies';
import { useT } from '../../i18n/useT';
import { formatBytes } from '../../i18n/formatBytes';
import { copyTime } from './restoreDoneMessage';
import { useFileExport } from './useFileExport';

interface BrowserSafetyCopiesProps {
  /** Changes when the list may have changed (a restore dialog closed). */
  refreshKey: number;
  onRestore(copyId: number): void;
}

/** Web only: the copies of the data this browser kept before each restore, newest first, to download or restore. */
export function BrowserSafetyCopies({ refreshKey, onRestore }: BrowserSafetyCopiesProps) {
  const { t, language } = useT();
  const { notify, notifyError } = useNotify();
  const { isBusy, run } = useFileExport();
  const [copies, setCopies] = useState<SafetyCopySummary[] | null>(null);

  useEffect(
    function loadCopies() {
      let isCurrent = true;
      listSafetyCopySummaries().then((list) => isCurrent && setCopies(list), notifyError);
      return () => {
        isCurrent = false;
      };
    },
    [refreshKey, notifyError],
  );

  async function download(copyId: number) {
    await run(async () => {
      const copy = await readSafetyCopy(copyId);
      if (!copy) throw new Error(t('restore.copyGone'));
      return { stem: 'before-restore', extension: 'json', data: copy.json };
    });
  }

  return (
    <>
      <h3 id="browser-copies-title">{t('restore.webCopies.title')}</h3>
      <p className="muted">{t('restore.webCopies.intro', { count: KEPT_SAFETY_COPIES })}</p>
      {copies === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : copies.length === 0 ? (
        <p>{t('restore.webCopies.none')}</p>
      ) : (
        <ul className="item-list" aria-labelledby="browser-copies-title">
          {copies.map((copy) => {
            const when = copyTime(copy.createdAt, language);
            return (
              <li key={copy.id}>
                <div>
                  <strong>{when}</strong>
                  {copy.state === 'attempt' && <div>{t('restore.safetyCopy.attempt')}</div>}
                  <div className="muted">{formatBytes(copy.sizeBytes, language)}</div>
                </div>
                <div className="item-actions">
                  <button
                    type="button"
                    className="button-small"
                    disabled={isBusy}
                    aria-label={t('restore.safetyCopy.downloadOf', { date: when })}
                    onClick={() =>
                      void download(copy.id).catch((error: unknown) =>
                        notify({ message: String(error), tone: 'error' }),
                      )
                    }
                  >
                    {t('restore.download')}
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('restore.safetyCopy.restoreOf', { date: when })}
                    onClick={() => onRestore(copy.id)}
                  >
                    {t('backup.auto.restore')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
