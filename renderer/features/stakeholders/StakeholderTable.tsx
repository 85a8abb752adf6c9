import { useEffect, useRef, type ReactNode } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { cellText } from '../../../shared/io/cells';
import { STAKEHOLDER_COLUMNS, type StakeholderColumnKey } from '../../../shared/io/columns/stakeholderColumns';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { SORT_KEYS, type SortKey, type SortOrder } from './stakeholderQuery';
import { useStakeholderCellWords } from './useStakeholderCellWords';
import '../../ui/forms.css';

// The list's columns are the stakeholder columns marked isListed (shared/io/columns): the
// same headers as the spreadsheets, each cell as the export writes it unless drawn here.

const LISTED = STAKEHOLDER_COLUMNS.filter((column) => 'isListed' in column && column.isListed);
const sortKeyOf = (key: string): SortKey | undefined => SORT_KEYS.find((sortKey) => sortKey === key);

interface StakeholderTableProps {
  stakeholders: readonly Stakeholder[];
  order: SortOrder;
  onSort(order: SortOrder): void;
  categoryLabel(categoryId: string): string;
  onEdit(stakeholder: Stakeholder): void;
  onDelete(stakeholder: Stakeholder): void;
  /** The row just created: brought into view and marked (aria-current), so the user sees where it went. */
  markedId?: string | null;
}

export function StakeholderTable({
  stakeholders,
  order,
  onSort,
  categoryLabel,
  onEdit,
  onDelete,
  markedId = null,
}: StakeholderTableProps) {
  const { t, language } = useT();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // The new record reaches the list with the live query's next answer, after the save.
  const isMarkedShown = markedId !== null && stakeholders.some((stakeholder) => stakeholder.id === markedId);
  useEffect(
    function bringMarkedRowIntoView() {
      if (isMarkedShown)
        bodyRef.current?.querySelector('tr[aria-current="true"]')?.scrollIntoView?.({ block: 'center' });
    },
    [isMarkedShown, markedId],
  );
  const words = useStakeholderCellWords(categoryLabel, stakeholders);
  // Cells the list draws its own way: the name links to the record, the stage is a badge, a body without a region shows its level.
  const drawn: Partial<Record<StakeholderColumnKey, (stakeholder: Stakeholder) => ReactNode>> = {
    name: (stakeholder) => (
      <>
        <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
        {stakeholder.shortName && <span className="muted"> · {stakeholder.shortName}</span>}
      </>
    ),
    region: (stakeholder) => (stakeholder.region ? t(`region.${stakeholder.region}`) : t(`level.${stakeholder.level}`)),
    stage: (stakeholder) => (
      <span className={`badge stage-${stakeholder.guidelinesStage}`}>{t(`stage.${stakeholder.guidelinesStage}`)}</span>
    ),
  };
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label={t('stakeholders.tableLabel')}>
        <thead>
          <tr>
            {LISTED.map((column) => {
              const header = column.header[language];
              const sortKey = sortKeyOf(column.key);
              const isSorted = sortKey !== undefined && order.key === sortKey;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={isSorted ? (order.isAscending ? 'ascending' : 'descending') : undefined}
                >
                  {sortKey ? (
                    <button
                      type="button"
                      aria-label={t('stakeholders.sortBy', { column: header })}
                      onClick={() => onSort({ key: sortKey, isAscending: isSorted ? !order.isAscending : true })}
                    >
                      {header} {isSorted ? (order.isAscending ? '▲' : '▼') : ''}
                    </button>
                  ) : (
                    header
                  )}
                </th>
              );
            })}
            <th scope="col">{t('stakeholders.col.actions')}</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {stakeholders.map((stakeholder) => (
            <tr key={stakeholder.id} aria-current={stakeholder.id === markedId ? 'true' : undefined}>
              {LISTED.map((column) => (
                <td key={column.key}>
                  {drawn[column.key]?.(stakeholder) ?? cellText(column.write(stakeholder, words))}
                </td>
              ))}
              <td className="row-actions">
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('stakeholders.editOf', { name: stakeholder.name })}
                  onClick={() => onEdit(stakeholder)}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button-small"
                  aria-label={t('stakeholders.deleteOf', { name: stakeholder.name })}
                  onClick={() => onDelete(stakeholder)}
                >
                  {t('common.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
