import { useState } from 'react';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { useCopiesPending, useOmitPersonalColumns } from '../../data/useMetaQueries';
import { collectPersonalData } from '../../db/privacy';
import { writeOmitPersonalColumns } from '../../db/repositories/preferences';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { CheckboxField } from '../../ui/fields';
import { ContactPicker } from '../../ui/ContactPicker';
import { EraseContactDialog } from './EraseContactDialog';
import { ErasureResultDialog } from './ErasureResultDialog';
import { useContactErasure } from './useContactErasure';
import './settings.css';
import { personalDataFileName } from './personalDataFileName';

/** The copies an erasure reaches: the desktop's backups folder, or none in the browser. */
const KEPT_COPY_STORES = { backups: platform.backups };

export function PrivacySection() {
  const { t, tn } = useT();
  const { notify, notifyError } = useNotify();
  const [contactId, setContactId] = useState('');
  const erasure = useContactErasure(KEPT_COPY_STORES, platform.backups, () => setContactId(''));
  const database = useDatabase();
  const isOmittedByDefault = useOmitPersonalColumns() ?? false;
  // Erasures whose copies were not all checked (a dialog closed early, the app closed): reminded here.
  const pending = useCopiesPending() ?? [];
  const { state } = erasure;

  async function exportData() {
    try {
      // Who else shares the person's email or phone is for the erasure dialog, not their own export.
      const { sharedDetails: _sharedDetails, ...report } = await collectPersonalData(database, contactId);
      await platform.saveFile({
        suggestedName: personalDataFileName(report.contact.name),
        data: JSON.stringify(report, null, 2),
        mimeType: 'application/json',
        filter: { name: 'JSON', extensions: ['json'] },
      });
      notify({ message: t('privacy.exported', { name: report.contact.name }) });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <section className="card" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.title')}</h2>
      <p>{t('privacy.intro')}</p>
      {pending.length > 0 && state === null && (
        <div role="alert" className="erasure-warning">
          <p>{tn('erasure.pending', pending.length)}</p>
          <button type="button" onClick={() => erasure.resume(pending[0]!)}>
            {t('erasure.pendingCheck')}
          </button>
        </div>
      )}
      <ContactPicker
        label={t('privacy.person')}
        placeholder={t('privacy.personPlaceholder')}
        value={contactId}
        onChange={setContactId}
      />
      <div className="page-actions section-actions">
        <button type="button" disabled={!contactId} onClick={() => void exportData()}>
          {t('privacy.export')}
        </button>
        <button type="button" disabled={!contactId} onClick={() => void erasure.open(contactId)}>
          {t('privacy.erase')}
        </button>
      </div>
      <hr />
      <CheckboxField
        label={t('privacy.omitByDefault')}
        isChecked={isOmittedByDefault}
        onChange={(value) => void writeOmitPersonalColumns(database, value).catch(notifyError)}
      />
      {state?.step === 'confirm' && (
        <EraseContactDialog
          report={state.report}
          copies={state.copies}
          chosen={state.chosen}
          isErasing={state.isErasing}
          onMentionToggle={erasure.toggleMention}
          onClose={erasure.close}
          onConfirm={() => void erasure.confirm()}
        />
      )}
      {state !== null && state.step !== 'confirm' && (
        <ErasureResultDialog
          state={state}
          onUndo={() => void erasure.undo()}
          onContinue={erasure.continueToCopies}
          onClose={erasure.close}
          onStopAndClose={erasure.stopAndClose}
          onKeepChecking={erasure.keepChecking}
          onRequestDelete={erasure.requestDelete}
          onCancelDelete={erasure.cancelDelete}
          onConfirmDelete={() => void erasure.confirmDelete()}
        />
      )}
    </section>
  );
}
