import type { Agreement } from '../../../shared/domain/agreement';
import { useT } from '../../i18n/useT';
import { daysLeftIfExpiringSoon } from './agreementQuery';

export function AgreementStatusBadge({ status }: { status: Agreement['status'] }) {
  const { t } = useT();
  return <span className={`badge agreement-status agreement-status-${status}`}>{t(`agreementStatus.${status}`)}</span>;
}

/** Says how soon a binding agreement expires, when that is soon enough to act on. */
export function ExpiryBadge({
  agreement,
  today,
}: {
  agreement: Pick<Agreement, 'status' | 'expiresOn'>;
  today: string;
}) {
  const { t, tn } = useT();
  const daysLeft = daysLeftIfExpiringSoon(agreement, today);
  if (daysLeft === null) return null;
  return (
    <span className="badge agreement-expiring">
      {daysLeft === 0 ? t('agreements.expiresToday') : tn('agreements.expiresIn', daysLeft)}
    </span>
  );
}
