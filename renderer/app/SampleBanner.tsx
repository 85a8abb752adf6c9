import { db } from '../db/db';
import { clearSampleNetwork } from '../db/sample';
import { useT } from '../i18n/useT';
import { useUndoableChange } from '../ui/useUndoableChange';

export function SampleBanner() {
  const { t } = useT();
  const changeUndoably = useUndoableChange();

  return (
    <div className="banner" role="region" aria-label={t('sample.banner')}>
      <span>{t('sample.banner')}</span>
      <button type="button" onClick={() => void changeUndoably(t('sample.cleared'), () => clearSampleNetwork(db))}>
        {t('sample.clear')}
      </button>
    </div>
  );
}
