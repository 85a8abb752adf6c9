import { useMemo } from 'react';
import { createMentionMatcher } from '../../../shared/domain/mentions';
import type { KeptCopyList } from '../../db/erasureCopies';
import type { PersonalDataReport } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CheckboxField } from '../../ui/fields';
import { copyLabel, mentionPlaceLabel } from './erasureLabels';
import { MentionExcerpt } from './MentionExcerpt';

interface EraseContactDialogProps {
  report: PersonalDataReport;
  copies: KeptCopyList;
  isReplacingMentions: boolean;
  onReplacingMentionsChange(value: boolean): void;
  onConfirm(): void;
  onClose(): void;
}

/** Says, before anything happens, everything an erasure will do and what it cannot reach. */
export function EraseContactDialog({ report, copies, isReplacingMentions, onReplacingMentionsChange, onConfirm, onClose }: EraseContactDialogProps) {
  const i18n = useT();
  const { t, tn } = i18n;
  const matcher = useMemo(() => createMentionMatcher(report.contact), [report.contact]);
  const { mentions } = report;
  return (
    <ConfirmDialog title={t('privacy.eraseTitle', { name: report.contact.name })} confirmLabel={t('erasure.confirm')} onConfirm={onConfirm} onClose={onClose} size="medium">
      <div className="erasure-plan">
        <h3>{t('erasure.databaseHeading')}</h3>
        <p>{tn('erasure.database', report.participations.length)}</p>
        <p className="muted">{t('erasure.erasedRecord')}</p>

        <h3>{t('erasure.mentionsHeading')}</h3>
        {mentions.length === 0 ? (
          <p>{t('erasure.mentionsNone')}</p>
        ) : (
          <>
            <p>{tn('erasure.mentionsFound', mentions.length)}</p>
            <ul className="erasure-list" aria-label={t('erasure.mentionsList')}>
              {mentions.map((mention, index) => (
                <li key={`${mention.table}-${mention.id}-${mention.field}-${index}`}>
                  {mentionPlaceLabel(mention, i18n)}
                  <MentionExcerpt text={mention.text} matcher={matcher} />
                </li>
              ))}
            </ul>
            <CheckboxField label={t('erasure.replaceMentions', { marker: t('erasure.marker') })} isChecked={isReplacingMentions} onChange={onReplacingMentionsChange} />
            {!isReplacingMentions && <p className="muted">{t('erasure.keepMentions')}</p>}
          </>
        )}

        <h3>{t('erasure.copiesHeading')}</h3>
        {copies.copies.length === 0 ? (
          <p>{t('erasure.copiesNone')}</p>
        ) : (
          <>
            <p>{t('erasure.copiesIntro')}</p>
            <ul className="erasure-list" aria-label={t('erasure.copiesList')}>
              {copies.copies.map((copy) => (
                <li key={copy.store === 'desktop' ? copy.fileName : `${copy.store}-${copy.id}`}>{copyLabel(copy, i18n)}</li>
              ))}
            </ul>
          </>
        )}
        {copies.unlisted.map((entry) => (
          <p key={entry.store} role="alert" className="field-error">
            {t('erasure.copiesUnlisted', { store: t(`erasure.store.${entry.store}`), detail: entry.detail })}
          </p>
        ))}
        <p>{t('erasure.undoNote')}</p>

        <h3>{t('erasure.outOfReachHeading')}</h3>
        <p>{t('erasure.outOfReach')}</p>
      </div>
    </ConfirmDialog>
  );
}
