import type { PersonalDataReport } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';

interface EraseContactDialogProps {
  report: PersonalDataReport;
  onConfirm(): void;
  onClose(): void;
}

export function EraseContactDialog({ report, onConfirm, onClose }: EraseContactDialogProps) {
  const { t } = useT();
  return (
    <Dialog
      title={t('privacy.eraseTitle', { name: report.contact.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button-danger" onClick={onConfirm}>
            {t('common.delete')}
          </button>
        </>
      }
    >
      <p>{t('privacy.eraseBody', { count: report.participations.length })}</p>
      {report.mentionsInNotes.length > 0 && (
        <>
          <p>{t('privacy.mentions')}</p>
          <ul>
            {report.mentionsInNotes.map((mention) => (
              <li key={`${mention.table}-${mention.id}-${mention.field}`}>
                <q>{mention.text.length > 160 ? `${mention.text.slice(0, 160)}…` : mention.text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t('privacy.backupsWarning')}</p>
    </Dialog>
  );
}
