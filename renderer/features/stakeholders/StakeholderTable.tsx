import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import type { SortKey, SortOrder } from './stakeholderQuery';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: MessageKey }> = [
  { key: 'name', label: 'stakeholders.col.name' },
  { key: 'category', label: 'stakeholders.col.category' },
  { key: 'region', label: 'stakeholders.col.region' },
  { key: 'sector', label: 'stakeholders.col.sector' },
  { key: 'stage', label: 'stakeholders.col.stage' },
  { key: 'influence', label: 'stakeholders.col.influence' },
];

interface StakeholderTableProps {
  stakeholders: readonly Stakeholder[];
  order: SortOrder;
  onSort(order: SortOrder): void;
  categoryLabel(categoryId: string): string;
  onEdit(stakeholder: Stakeholder): void;
  onDelete(stakeholder: Stakeholder): void;
}

export function StakeholderTable({ stakeholders, order, onSort, categoryLabel, onEdit, onDelete }: StakeholderTableProps) {
  const { t } = useT();
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label={t('stakeholders.tableLabel')}>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const isSorted = order.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={isSorted ? (order.isAscending ? 'ascending' : 'descending') : undefined}>
                  <button
                    type="button"
                    aria-label={t('stakeholders.sortBy', { column: t(column.label) })}
                    onClick={() => onSort({ key: column.key, isAscending: isSorted ? !order.isAscending : true })}
                  >
                    {t(column.label)} {isSorted ? (order.isAscending ? '▲' : '▼') : ''}
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('stakeholders.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {stakeholders.map((stakeholder) => (
            <tr key={stakeholder.id}>
              <td>
                <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
                {stakeholder.shortName && <span className="muted"> · {stakeholder.shortName}</span>}
              </td>
              <td>{categoryLabel(stakeholder.categoryId)}</td>
              <td>{stakeholder.region ? t(`region.${stakeholder.region}`) : t(`level.${stakeholder.level}`)}</td>
              <td>{t(`sector.${stakeholder.sector}`)}</td>
              <td>
                <span className={`badge stage-${stakeholder.guidelinesStage}`}>{t(`stage.${stakeholder.guidelinesStage}`)}</span>
              </td>
              <td>{stakeholder.influence}</td>
              <td className="row-actions">
                <button type="button" className="button-small" aria-label={t('stakeholders.editOf', { name: stakeholder.name })} onClick={() => onEdit(stakeholder)}>
                  {t('common.edit')}
                </button>
                <button type="button" className="button-small" aria-label={t('stakeholders.deleteOf', { name: stakeholder.name })} onClick={() => onDelete(stakeholder)}>
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
