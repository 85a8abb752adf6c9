import { useId } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { useLoadSample } from '../../app/useLoadSample';
import { useLiveRead } from '../../data/useLiveRead';
import { DatabaseNotEmptyError, holdsRecords } from '../../db/sampleIntoEmpty';
import { useT } from '../../i18n/useT';

/**
 * The sample network again, after the first run: only into an empty database, so that
 * fictitious records never mix with real ones (the button says why it is held back).
 */
export function SampleNetworkSection() {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const titleId = useId();
  const reasonId = useId();
  const hasRecords = useLiveRead(holdsRecords, []);
  const { isLoading, loadSample } = useLoadSample();

  async function load() {
    try {
      await loadSample();
      notify({ message: t('firstRun.sample.loaded') });
    } catch (error) {
      if (error instanceof DatabaseNotEmptyError) notify({ message: t('firstRun.sample.notEmpty'), tone: 'error' });
      else notifyError(error);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('firstRun.sample.title')}</h2>
      <p className="muted">{t('firstRun.sample.intro')}</p>
      <button
        type="button"
        disabled={hasRecords !== false || isLoading}
        aria-describedby={hasRecords ? reasonId : undefined}
        onClick={() => void load()}
      >
        {t('firstRun.sample.load')}
      </button>
      {hasRecords === undefined && <p role="status">{t('firstRun.sample.checking')}</p>}
      {isLoading && <p role="status">{t('onboarding.loading')}</p>}
      {hasRecords && (
        <p id={reasonId} className="field-hint">
          {t('firstRun.sample.notEmpty')}
        </p>
      )}
    </section>
  );
}
