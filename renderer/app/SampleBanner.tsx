import { db } from '../db/db';
import { clearSampleNetwork } from '../db/sample';
import { useT } from '../i18n/useT';
import { useNotify } from './notifications/useNotify';

export function SampleBanner() {
  const { t } = useT();
  const { notify, notifyError } = useNotify();

  async function clear() {
    try {
      const change = await clearSampleNetwork(db);
      notify({ message: t('sample.cleared'), undo: change });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <div className="banner" role="region" aria-label={t('sample.banner')}>
      <span>{t('sample.banner')}</span>
      <button type="button" onClick={() => void clear()}>
        {t('sample.clear')}
      </button>
    </div>
  );
}
