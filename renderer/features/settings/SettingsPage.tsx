import { LanguageSwitch } from '../../app/LanguageSwitch';
import { formatBytes } from '../../i18n/formatBytes';
import { BackupsSection } from '../import-export/BackupsSection';
import { useT } from '../../i18n/useT';
import { TeamSection } from '../team/TeamSection';
import { PrivacySection } from './PrivacySection';
import { SampleNetworkSection } from './SampleNetworkSection';
import { StaffAndProgrammesSection } from './StaffAndProgrammesSection';
import { useStorageState } from './useStorageState';

export function SettingsPage() {
  const { t, language } = useT();
  const storage = useStorageState();
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <div className="card-grid">
        <section className="card" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('settings.language')}</h2>
          <LanguageSwitch labelledBy="settings-language" />
        </section>
        <section className="card" aria-labelledby="settings-storage">
          <h2 id="settings-storage">{t('settings.storage')}</h2>
          {storage && (
            <>
              <p>{storage.isPersisted ? t('settings.storage.persisted') : t('settings.storage.notPersisted')}</p>
              <p>
                {storage.usedBytes !== null && storage.quotaBytes !== null
                  ? t('settings.storage.used', {
                      used: formatBytes(storage.usedBytes, language),
                      quota: formatBytes(storage.quotaBytes, language),
                    })
                  : t('settings.storage.unknown')}
              </p>
            </>
          )}
        </section>
        <TeamSection />
        <StaffAndProgrammesSection />
        <BackupsSection />
        <PrivacySection />
        <SampleNetworkSection />
      </div>
    </div>
  );
}
