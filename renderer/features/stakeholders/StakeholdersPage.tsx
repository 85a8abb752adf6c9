import { useEffect, useMemo, useRef, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { usePublishSelection } from '../../app/currentSelection';
import { useFiltersInLink } from '../../app/queryParams';
import { useNotify } from '../../app/notifications/useNotify';
import { routeHref, type Route } from '../../app/route';
import { useStakeholders } from '../../data/useStakeholderQueries';
import type { UndoableChange } from '../../db/undo';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { ConfirmDeletionDialog } from '../../ui/ConfirmDeletionDialog';
import { StakeholderFilterBar } from './StakeholderFilterBar';
import { StakeholderFormDialog } from './StakeholderFormDialog';
import {
  allTags,
  isQueryEmpty,
  paramsFromQuery,
  queryFromParams,
  sortStakeholders,
  stakeholderMatcher,
  type SortOrder,
  type StakeholderQuery,
} from './stakeholderQuery';
import { StakeholderTable } from './StakeholderTable';
import { useDeleteStakeholder } from './useDeleteStakeholder';
import { useStakeholderOptions } from './useStakeholderOptions';

/** Rows rendered at first; more on request, so 10,000 stakeholders do not freeze the page. */
const PAGE_SIZE = 300;

type OpenDialog =
  { kind: 'create' } | { kind: 'edit'; stakeholder: Stakeholder } | { kind: 'delete'; stakeholder: Stakeholder } | null;

export function StakeholdersPage({ route }: { route: Route }) {
  const { t, tOr } = useT();
  const options = useStakeholderOptions();
  const all = useStakeholders();
  const publishSelection = usePublishSelection();
  const [order, setOrder] = useState<SortOrder>({ key: 'name', isAscending: true });
  const [visibleCount, setVisibleCount] = useState(PAGE_SIZE);
  const [createdId, setCreatedId] = useState<string | null>(null);
  const { notify } = useNotify();
  const [dialog, setDialog] = useState<OpenDialog>(() => (route.query.new ? { kind: 'create' } : null));
  const [query, setQuery] = useFiltersInLink<StakeholderQuery>(
    route,
    { fromParams: queryFromParams, toParams: paramsFromQuery },
    (linked) => {
      if (linked.new) setDialog({ kind: 'create' });
    },
  );
  const searchRef = useRef<HTMLInputElement>(null);
  const { preview, remove } = useDeleteStakeholder();
  useEffect(
    function focusSearchOnRequest() {
      if (route.query.focus === 'search') searchRef.current?.focus();
    },
    [route.query],
  );

  function changeQuery(next: StakeholderQuery) {
    setQuery(next);
    setVisibleCount(PAGE_SIZE);
  }

  const rows = useMemo(() => {
    if (!all) return [];
    const labels = {
      category: options.categoryLabel,
      region: (id: string | null) => (id ? tOr(`region.${id}`, id) : ''),
      sector: (id: string) => tOr(`sector.${id}`, id),
    };
    return sortStakeholders(all.filter(stakeholderMatcher(query)), order, labels);
  }, [all, query, order, options.categoryLabel, tOr]);
  const tags = useMemo(() => allTags(all ?? []), [all]);
  useEffect(
    function offerFilteredRowsToExports() {
      if (all)
        publishSelection({
          source: 'stakeholders',
          stakeholderIds: rows.map((row) => row.id),
          isNarrowed: rows.length < all.length,
        });
    },
    [all, rows, publishSelection],
  );

  const closeDialog = () => setDialog(null);
  // The row just created is shown even when it sorts beyond the rows rendered so far.
  const createdIndex = createdId === null ? -1 : rows.findIndex((row) => row.id === createdId);
  const shownCount = Math.max(visibleCount, createdIndex + 1);

  function onCreated(saved: Stakeholder, created?: UndoableChange) {
    // Said again, with a link: this notice takes the place of the form's own, Undo included.
    notify({
      message: t('stakeholders.created', { name: saved.name }),
      ...(created ? { undo: created } : {}),
      link: {
        href: routeHref({ section: 'stakeholders', id: saved.id }),
        label: t('forms.notice.open', { name: saved.name }),
      },
    });
    setCreatedId(saved.id);
  }

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('stakeholders.title')}</h1>
        <div className="page-actions">
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
            {t('stakeholders.new')}
          </button>
        </div>
      </div>
      {all === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : all.length === 0 ? (
        <EmptyState
          title={t('stakeholders.emptyTitle')}
          actions={
            <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'create' })}>
              {t('stakeholders.new')}
            </button>
          }
        >
          <p>{t('stakeholders.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <StakeholderFilterBar query={query} onChange={changeQuery} tags={tags} searchRef={searchRef} />
          <p className="muted" role="status" data-testid="stakeholder-count">
            {t('stakeholders.count', { shown: rows.length, total: all.length })}
          </p>
          {rows.length === 0 ? (
            <EmptyState
              title={t('stakeholders.noMatchTitle')}
              actions={
                !isQueryEmpty(query) && (
                  <button type="button" onClick={() => changeQuery(queryFromParams({}))}>
                    {t('common.clearFilters')}
                  </button>
                )
              }
            />
          ) : (
            <StakeholderTable
              stakeholders={rows.slice(0, shownCount)}
              markedId={createdId}
              order={order}
              onSort={setOrder}
              categoryLabel={options.categoryLabel}
              onEdit={(stakeholder) => setDialog({ kind: 'edit', stakeholder })}
              onDelete={(stakeholder) => setDialog({ kind: 'delete', stakeholder })}
            />
          )}
          {rows.length > shownCount && (
            <button type="button" onClick={() => setVisibleCount(shownCount + PAGE_SIZE)}>
              {t('stakeholders.showMore', { count: Math.min(PAGE_SIZE, rows.length - shownCount) })}
            </button>
          )}
        </>
      )}
      {dialog?.kind === 'create' && <StakeholderFormDialog onClose={closeDialog} onSaved={onCreated} />}
      {dialog?.kind === 'edit' && <StakeholderFormDialog stakeholder={dialog.stakeholder} onClose={closeDialog} />}
      {dialog?.kind === 'delete' && (
        <ConfirmDeletionDialog
          title={t('stakeholders.deleteTitle', { name: dialog.stakeholder.name })}
          preview={() => preview(dialog.stakeholder)}
          onClose={closeDialog}
          onConfirm={() => {
            closeDialog();
            void remove(dialog.stakeholder);
          }}
        />
      )}
    </div>
  );
}
