import { useDatabase } from '../data/useDatabase';
import { clearSampleNetwork } from '../db/sample';
import { useT } from '../i18n/useT';
import { useUndoableChange } from '../ui/useUndoableChange';

export function SampleBanner() {
  const { t } = useT();
  const changeUndoably = useUndoableChange();
  const database = useDatabase();

  return (
    <div className="banner" role="region" aria-label={t('sample.banner')}>
      <span>{t('sample.banner')}</span>
      <button
        type="button"
        onClick={() => void changeUndoably(t('sample.cleared'), () => clearSampleNetwork(database))}
      >
        {t('sample.clear')}
      </button>
    </div>
  );
}
