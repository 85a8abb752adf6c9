import { useState } from 'react';
import { useDatabase } from '../data/useDatabase';
import { markStartedEmpty } from '../db/sample';
import { BackupsSection } from '../features/import-export/BackupsSection';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from './LanguageSwitch';
import { useNotify } from './notifications/useNotify';
import { useLoadSample } from './useLoadSample';

/** First start with an empty database: a sample to explore, or a clean start. */
export function Onboarding() {
  const { t } = useT();
  const { notifyError } = useNotify();
  const database = useDatabase();
  const { isLoading, hasLoaded, loadSample } = useLoadSample();
  const [isRestoring, setIsRestoring] = useState(false);

  if (isRestoring)
    return (
      <main className="onboarding">
        <div className="page-header">
          <h1>{t('firstRun.restoreTitle')}</h1>
          <button type="button" onClick={() => setIsRestoring(false)}>
            {t('firstRun.back')}
          </button>
        </div>
        {/* The backups section's own restore flow: reading, preview, safety copy, progress. */}
        <BackupsSection />
      </main>
    );

  return (
    <main className="onboarding" aria-busy={isLoading || hasLoaded}>
      <div className="page-header">
        <h1>{t('onboarding.title')}</h1>
        <LanguageSwitch />
      </div>
      <p>{t('onboarding.intro')}</p>
      {isLoading || hasLoaded ? (
        <p role="status">{t('onboarding.loading')}</p>
      ) : (
        <div className="onboarding-choices">
          <button type="button" className="onboarding-choice" onClick={() => void loadSample().catch(notifyError)}>
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
          <button type="button" className="onboarding-choice" onClick={() => setIsRestoring(true)}>
            <strong>{t('firstRun.restore')}</strong>
            <span className="muted">{t('firstRun.restoreHint')}</span>
          </button>
        </div>
      )}
    </main>
  );
}
