import { useState } from 'react';
import { localIsoDate } from '../../shared/domain/common';
import { useDatabase } from '../data/useDatabase';
import { loadSampleNetwork, markStartedEmpty } from '../db/sample';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from './LanguageSwitch';
import { useNotify } from './notifications/useNotify';

/** First start with an empty database: a sample to explore, or a clean start. */
export function Onboarding() {
  const { t } = useT();
  const { notifyError } = useNotify();
  const database = useDatabase();
  const [isLoading, setIsLoading] = useState(false);

  async function loadSample() {
    setIsLoading(true);
    try {
      // Loaded on demand: the sample's code is not part of the app's start-up.
      const { buildSampleNetwork } = await import('../../shared/sample/sampleNetwork');
      const today = localIsoDate();
      await loadSampleNetwork(database, buildSampleNetwork(today), today);
    } catch (error) {
      notifyError(error);
      setIsLoading(false);
    }
  }

  return (
    <main className="onboarding" aria-busy={isLoading}>
      <div className="page-header">
        <h1>{t('onboarding.title')}</h1>
        <LanguageSwitch />
      </div>
      <p>{t('onboarding.intro')}</p>
      {isLoading ? (
        <p role="status">{t('onboarding.loading')}</p>
      ) : (
        <div className="onboarding-choices">
          <button type="button" className="onboarding-choice" onClick={() => void loadSample()}>
            <strong>{t('onboarding.sample')}</strong>
            <span className="muted">{t('onboarding.sampleHint')}</span>
          </button>
          <button
            type="button"
            className="onboarding-choice"
            onClick={() => void markStartedEmpty(database).catch(notifyError)}
          >
            <strong>{t('onboarding.empty')}</strong>
            <span className="muted">{t('onboarding.emptyHint')}</span>
          </button>
        </div>
      )}
    </main>
  );
}
