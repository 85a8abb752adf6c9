import type { PersonalDataReport } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

interface EraseContactDialogProps {
  report: PersonalDataReport;
  onConfirm(): void;
  onClose(): void;
}

export function EraseContactDialog({ report, onConfirm, onClose }: EraseContactDialogProps) {
  const { t } = useT();
  return (
    <ConfirmDialog title={t('privacy.eraseTitle', { name: report.contact.name })} onConfirm={onConfirm} onClose={onClose} size="medium">
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
    </ConfirmDialog>
  );
}
