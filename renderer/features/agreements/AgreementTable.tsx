import type { Agreement } from '../../../shared/domain/agreement';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { AgreementStatusBadge, ExpiryBadge } from './AgreementBadges';
import type { PartyLookup } from './agreementQuery';

/** Party names shown in a row before the rest are summed up as a count. */
const NAMED_PARTIES = 3;

interface AgreementTableProps {
  agreements: readonly Agreement[];
  parties: PartyLookup;
  today: string;
  onEdit(agreement: Agreement): void;
  onDelete(agreement: Agreement): void;
}

export function AgreementTable({ agreements, parties, today, onEdit, onDelete }: AgreementTableProps) {
  const { t, tn, formatDate } = useT();
  const partyNames = (agreement: Agreement) => {
    const names = agreement.parties.map(
      (party) => parties.get(party.stakeholderId)?.shortName || parties.get(party.stakeholderId)?.name || '—',
    );
    return names.length > NAMED_PARTIES ? `${names.slice(0, NAMED_PARTIES).join(', ')}, …` : names.join(', ');
  };
  return (
    <div className="table-scroll">
      <table className="data-table agreement-table" aria-label={t('agreements.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('agreements.col.title')}</th>
            <th scope="col">{t('agreements.col.kind')}</th>
            <th scope="col">{t('agreements.col.status')}</th>
            <th scope="col">{t('agreements.col.parties')}</th>
            <th scope="col">{t('agreements.col.expiresOn')}</th>
            <th scope="col">{t('agreements.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => (
            <tr key={agreement.id}>
              <td>
                <a href={routeHref({ section: 'agreements', id: agreement.id })}>{agreement.title}</a>
                {agreement.documentRef && <div className="muted">{agreement.documentRef}</div>}
              </td>
              <td>{t(`agreementKind.${agreement.kind}`)}</td>
              <td>
                <AgreementStatusBadge status={agreement.status} />
              </td>
              <td>
                <strong>{tn('agreements.partyCount', agreement.parties.length)}</strong>
                <div className="muted">{partyNames(agreement)}</div>
              </td>
              <td>
                {agreement.expiresOn ? formatDate(agreement.expiresOn) : <span className="muted">—</span>}
                <div>
                  <ExpiryBadge agreement={agreement} today={today} />
                </div>
              </td>
              <td>
                <div className="row-actions">
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('agreements.editOf', { title: agreement.title })}
                    onClick={() => onEdit(agreement)}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={t('agreements.deleteOf', { title: agreement.title })}
                    onClick={() => onDelete(agreement)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
