import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { cellText } from '../../../shared/io/cells';
import { STAKEHOLDER_COLUMNS, type StakeholderColumnKey } from '../../../shared/io/columns/stakeholderColumns';
import { columnLabel, stakeholderColumnLabel } from '../../../shared/io/columns/stakeholderFieldColumns';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';
import { FoldedText } from '../../ui/FoldedText';
import { useStakeholderCellWords } from './useStakeholderCellWords';

// The profile shows a row per stakeholder column (shared/io/columns), named and written as the
// spreadsheets do: a field added with its column appears here without being named.

/** Columns shown elsewhere: the name heads the page, the region's row holds the whole place, the website is a link, the notes a paragraph. */
const SHOWN_ELSEWHERE: ReadonlySet<StakeholderColumnKey> = new Set([
  'id',
  'name',
  'province',
  'city',
  'website',
  'notes',
  'updatedAt',
]);
const PROFILE_COLUMNS = STAKEHOLDER_COLUMNS.filter((column) => !SHOWN_ELSEWHERE.has(column.key));

export function StakeholderProfile({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t, language } = useT();
  const { labelOf } = useCategories();
  const words = useStakeholderCellWords(labelOf);
  const place = [stakeholder.city, stakeholder.province, stakeholder.region ? t(`region.${stakeholder.region}`) : '']
    .filter(Boolean)
    .join(', ');
  const drawn: Partial<Record<StakeholderColumnKey, string>> = { region: place };
  const rows = PROFILE_COLUMNS.map((column) => ({
    key: column.key,
    label: column.key === 'region' ? t('detail.place') : columnLabel(column, language),
    value: drawn[column.key] ?? cellText(column.write(stakeholder, words)),
  }));
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('detail.profile')}</h2>
      <dl className="definition-list">
        {rows
          .filter((row) => row.value !== '')
          .map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        {stakeholder.website && (
          <div>
            <dt>{stakeholderColumnLabel('website', language)}</dt>
            <dd>
              <a href={stakeholder.website} target="_blank" rel="noopener noreferrer">
                {stakeholder.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {stakeholder.notes && <FoldedText text={stakeholder.notes} />}
    </section>
  );
}
