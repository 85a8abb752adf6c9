import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { db } from '../../db/db';
import { collectPersonalData, erasePerson, type PersonalDataReport } from '../../db/privacy';
import { readOmitPersonalColumns, writeOmitPersonalColumns } from '../../db/repositories/preferences';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { CheckboxField } from '../../ui/fields';
import { useUndoableChange } from '../../ui/useUndoableChange';
import { ContactPicker } from './ContactPicker';
import { EraseContactDialog } from './EraseContactDialog';

function fileNameFor(name: string): string {
  const slug = name.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `trama-dati-personali-${slug || 'contatto'}.json`;
}

export function PrivacySection() {
  const { t } = useT();
  const { notify, notifyError } = useNotify();
  const changeWithUndo = useUndoableChange();
  const [contactId, setContactId] = useState('');
  const [erasing, setErasing] = useState<PersonalDataReport | null>(null);
  const isOmittedByDefault = useLiveQuery(() => readOmitPersonalColumns(db), []) ?? false;

  async function exportData() {
    try {
      const report = await collectPersonalData(db, contactId);
      await platform.saveFile({ suggestedName: fileNameFor(report.contact.name), data: JSON.stringify(report, null, 2), mimeType: 'application/json', filter: { name: 'JSON', extensions: ['json'] } });
      notify({ message: t('privacy.exported', { name: report.contact.name }) });
    } catch (error) {
      notifyError(error);
    }
  }

  async function confirmErase(report: PersonalDataReport) {
    setErasing(null);
    await changeWithUndo(t('privacy.erased', { name: report.contact.name }), async () => {
      const change = await erasePerson(db, report.contact.id);
      setContactId('');
      return change;
    });
  }

  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.title')}</h2>
      <p>{t('privacy.intro')}</p>
      <ContactPicker label={t('privacy.person')} placeholder={t('privacy.personPlaceholder')} value={contactId} onChange={setContactId} />
      <div className="page-actions section-actions">
        <button type="button" disabled={!contactId} onClick={() => void exportData()}>
          {t('privacy.export')}
        </button>
        <button type="button" disabled={!contactId} onClick={() => void collectPersonalData(db, contactId).then(setErasing, notifyError)}>
          {t('privacy.erase')}
        </button>
      </div>
      <hr />
      <CheckboxField label={t('privacy.omitByDefault')} isChecked={isOmittedByDefault} onChange={(value) => void writeOmitPersonalColumns(db, value).catch(notifyError)} />
      {erasing && <EraseContactDialog report={erasing} onClose={() => setErasing(null)} onConfirm={() => void confirmErase(erasing)} />}
    </section>
  );
}
