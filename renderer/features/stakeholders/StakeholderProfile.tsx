import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useProgrammeNames } from '../../data/useOrganisationQueries';
import { useT } from '../../i18n/useT';
import { useCategories } from './useCategories';

export function StakeholderProfile({ stakeholder }: { stakeholder: Stakeholder }) {
  const { t } = useT();
  const { labelOf } = useCategories();
  const programmes = useProgrammeNames(stakeholder.programmeIds) ?? [];
  const place = [stakeholder.city, stakeholder.province, stakeholder.region ? t(`region.${stakeholder.region}`) : ''].filter(Boolean).join(', ');
  const rows: Array<[string, string]> = [
    [t('stakeholders.field.shortName'), stakeholder.shortName],
    [t('stakeholders.field.category'), labelOf(stakeholder.categoryId)],
    [t('stakeholders.field.level'), t(`level.${stakeholder.level}`)],
    [t('stakeholders.field.region'), place],
    [t('stakeholders.field.sector'), t(`sector.${stakeholder.sector}`)],
    [t('stakeholders.field.stage'), t(`stage.${stakeholder.guidelinesStage}`)],
    [t('stakeholders.field.influence'), String(stakeholder.influence)],
    [t('stakeholders.field.interest'), String(stakeholder.interest)],
    [t('stakeholders.field.attitude'), t(`attitude.${stakeholder.attitude}`)],
    [t('stakeholders.field.programmes'), programmes.join(', ')],
    [t('stakeholders.field.tags'), stakeholder.tags.join(', ')],
  ];
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('detail.profile')}</h2>
      <dl className="definition-list">
        {rows
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {stakeholder.website && (
          <div>
            <dt>{t('stakeholders.field.website')}</dt>
            <dd>
              <a href={stakeholder.website} target="_blank" rel="noopener noreferrer">
                {stakeholder.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {stakeholder.notes && <p className="notes">{stakeholder.notes}</p>}
    </section>
  );
}
