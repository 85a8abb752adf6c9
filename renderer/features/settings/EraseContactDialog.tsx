import { useId, useMemo } from 'react';
import { createMentionMatcher } from '../../../shared/domain/mentions';
import type { KeptCopyList } from '../../db/erasureCopies';
import type { PersonalDataReport } from '../../db/privacy';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { copyKey, copyLabel, mentionPlaceLabel, reasonText } from './erasureLabels';
import { MentionExcerpt } from './MentionExcerpt';
import { placeKey } from './useContactErasure';

interface EraseContactDialogProps {
  report: PersonalDataReport;
  copies: KeptCopyList;
  /** The mentions ticked for replacement (placeKey). */
  chosen: ReadonlySet<string>;
  /** The erasure has started (it may wait for an automatic backup to finish). */
  isErasing: boolean;
  onMentionToggle(key: string, isChosen: boolean): void;
  onConfirm(): void;
  onClose(): void;
}

/** Says, before anything happens, everything an erasure will do and what it cannot reach. */
export function EraseContactDialog({
  report,
  copies,
  chosen,
  isErasing,
  onMentionToggle,
  onConfirm,
  onClose,
}: EraseContactDialogProps) {
  const i18n = useT();
  const { t, tn } = i18n;
  const idPrefix = useId();
  const { mentions, sharedDetails } = report;
  // Marks what the erasure replaces: details another contact shares are not looked for.
  const matcher = useMemo(() => {
    const isShared = (detail: string) => report.sharedDetails.some((shared) => shared.detail === detail);
    return createMentionMatcher({
      name: report.contact.name,
      emails: report.contact.emails.filter((email) => !isShared(email)),
      phones: report.contact.phones.filter((phone) => !isShared(phone)),
    });
  }, [report]);
  return (
    <ConfirmDialog
      title={t('privacy.eraseTitle', { name: report.contact.name })}
      confirmLabel={t('erasure.confirm')}
      isConfirmDisabled={isErasing}
      onConfirm={onConfirm}
      onClose={onClose}
      size="medium"
    >
      <div className="erasure-plan">
        <h3>{t('erasure.databaseHeading')}</h3>
        <p>{tn('erasure.database', report.participations.length)}</p>
        <p className="muted">{t('erasure.erasedRecord')}</p>

        <h3>{t('erasure.mentionsHeading')}</h3>
        {mentions.length === 0 ? (
          <p>{t('erasure.mentionsNone')}</p>
        ) : (
          <>
            <p>{tn('erasure.mentionsFound', mentions.length, { marker: t('erasure.marker') })}</p>
            <ul className="erasure-list erasure-choices" aria-label={t('erasure.mentionsList')}>
              {mentions.map((mention, index) => {
                const key = placeKey(mention);
                const inputId = `${idPrefix}-${index}`;
                return (
                  <li key={`${key}-${index}`}>
                    <input
                      id={inputId}
                      type="checkbox"
                      checked={chosen.has(key)}
                      onChange={(event) => onMentionToggle(key, event.target.checked)}
                    />
                    <label htmlFor={inputId}>
                      {mentionPlaceLabel(mention, i18n)}
                      <MentionExcerpt text={mention.text} matcher={matcher} />
                      {mention.isUncertain && <span className="muted"> {t('erasure.mentionUncertain')}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {sharedDetails.map((shared) => (
          <p key={`${shared.kind}-${shared.detail}`} role="note">
            {t('erasure.shared', {
              detail: shared.detail,
              names: shared.sharedWith.map((other) => other.name).join(', '),
            })}
          </p>
        ))}

        <h3>{t('erasure.copiesHeading')}</h3>
        {copies.copies.length === 0 ? (
          <p>{t('erasure.copiesNone')}</p>
        ) : (
          <>
            <p>{t('erasure.copiesIntro')}</p>
            <ul className="erasure-list" aria-label={t('erasure.copiesList')}>
              {copies.copies.map((copy) => (
                <li key={copyKey(copy)}>{copyLabel(copy, i18n)}</li>
              ))}
            </ul>
          </>
        )}
        {copies.unlisted.map((entry) => (
          <p key={entry.store} role="alert" className="field-error">
            {t('erasure.copiesUnlisted', {
              store: t(`erasure.store.${entry.store}`),
              reason: reasonText(entry.reason, i18n),
            })}
          </p>
        ))}
        <p>{t('erasure.undoNote')}</p>

        <h3>{t('erasure.outOfReachHeading')}</h3>
        <p>{t('erasure.outOfReach')}</p>
        <p>{t('erasure.importNote')}</p>
      </div>
    </ConfirmDialog>
  );
}
