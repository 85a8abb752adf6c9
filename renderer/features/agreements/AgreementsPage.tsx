import { useMemo, useState } from 'react';
import type { Agreement } from '../../../shared/domain/agreement';
import { useFiltersInLink } from '../../app/queryParams';
import { routeHref, type Route } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useAgreementList } from '../../data/useAgreementQueries';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { AgreementFilterBar } from './AgreementFilterBar';
import { AgreementFormDialog } from './AgreementFormDialog';
import {
  agreementQueryFromParams,
  filterAgreements,
  isAgreementQueryEmpty,
  paramsFromAgreementQuery,
  type AgreementQuery,
} from './agreementQuery';
import { AgreementTable } from './AgreementTable';
import { ConfirmAgreementDeletionDialog } from './ConfirmAgreementDeletionDialog';
import { useDeleteAgreement } from './useDeleteAgreement';
import './agreements.css';

type OpenDialog =
  { kind: 'create' } | { kind: 'edit'; agreement: Agreement } | { kind: 'delete'; agreement: Agreement } | null;

export function AgreementsPage({ route }: { route: Route }) {
  const { t } = useT();
  const data = useAgreementList();
  const [dialog, setDialog] = useState<OpenDialog>(() => (route.query.new ? { kind: 'create' } : null));
  const [query, changeQuery] = useFiltersInLink<AgreementQuery>(
    route,
    { fromParams: agreementQueryFromParams, toParams: paramsFromAgreementQuery },
    (linked) => {
      if (linked.new) setDialog({ kind: 'create' });
    },
  );
  const remove = useDeleteAgreement();
  const today = useToday();

  const rows = useMemo(
    () => (data ? filterAgreements(data.agreements, query, data.partiesById, today) : []),
    [data, query, today],
  );
  const mapHref = routeHref({
    section: 'map',
    query: {
      agreementStatus: query.statuses.join(','),
      agreementKind: query.kinds.join(','),
      region: query.regions.join(','),
    },
  });
  const closeDialog = () => setDialog(null);
  const newButton = (
    <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
      {t('agreements.new')}
    </button>
  );

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('agreements.title')}</h1>
        <div className="page-actions">
          {data && data.agreements.length > 0 && (
            <a className="button" href={mapHref}>
              {t('agreements.showFilteredOnMap')}
            </a>
          )}
          {newButton}
        </div>
      </div>
      {data === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : data.agreements.length === 0 ? (
        <EmptyState title={t('agreements.emptyTitle')} actions={newButton}>
          <p>{t('agreements.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <AgreementFilterBar query={query} onChange={changeQuery} programmes={data.programmes} />
          <p className="muted" role="status" data-testid="agreement-count">
            {t('agreements.count', { shown: rows.length, total: data.agreements.length })}
          </p>
          {rows.length === 0 ? (
            <EmptyState
              title={t('agreements.noMatchTitle')}
              actions={
                !isAgreementQueryEmpty(query) && (
                  <button type="button" onClick={() => changeQuery(agreementQueryFromParams({}))}>
                    {t('common.clearFilters')}
                  </button>
                )
              }
            />
          ) : (
            <AgreementTable
              agreements={rows}
              parties={data.partiesById}
              today={today}
              onEdit={(agreement) => setDialog({ kind: 'edit', agreement })}
              onDelete={(agreement) => setDialog({ kind: 'delete', agreement })}
            />
          )}
        </>
      )}
      {dialog?.kind === 'create' && <AgreementFormDialog onClose={closeDialog} />}
      {dialog?.kind === 'edit' && <AgreementFormDialog agreement={dialog.agreement} onClose={closeDialog} />}
      {dialog?.kind === 'delete' && (
        <ConfirmAgreementDeletionDialog
          agreement={dialog.agreement}
          onClose={closeDialog}
          onConfirm={() => {
            closeDialog();
            void remove(dialog.agreement);
          }}
        />
      )}
    </div>
  );
}
