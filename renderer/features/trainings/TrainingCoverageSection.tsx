import { useMemo } from 'react';
import { TRAINEE_GROUPS, trainingCoverage } from '../../../shared/analysis/trainingCoverage';
import { PROVINCES_BY_REGION, type RegionId } from '../../../shared/domain/regions';
import type { Training } from '../../../shared/domain/training';
import { routeHref } from '../../app/route';
import { useToday } from '../../app/useToday';
import { useRecords } from '../../data/useRecordQueries';
import { useT } from '../../i18n/useT';
import { StakeholderTrainingTable } from './StakeholderTrainingTable';

/** The province's name where the region lists it, else its code as typed. */
function provinceName(region: RegionId | null, code: string): string {
  return (region && PROVINCES_BY_REGION[region].find((province) => province.code === code)?.name) || code;
}

/**
 * People trained per region, kind of work and stakeholder, and the reception facilities nobody has
 * been trained in yet. Only trainings held up to today count, as in the programme report: people
 * registered for next month's course are not trained yet, and their facility is still a gap.
 */
export function TrainingCoverageSection({ trainings }: { trainings: readonly Training[] }) {
  const { t, tn } = useT();
  const today = useToday();
  const contacts = useRecords('contacts');
  const stakeholders = useRecords('stakeholders');
  const coverage = useMemo(
    () => (contacts && stakeholders ? trainingCoverage(trainings, contacts, stakeholders, { to: today }) : undefined),
    [trainings, contacts, stakeholders, today],
  );
  const plannedCount = useMemo(() => trainings.filter((training) => training.date > today).length, [trainings, today]);
  const nameOf = useMemo(
    () => new Map((stakeholders ?? []).map((stakeholder) => [stakeholder.id, stakeholder.name])),
    [stakeholders],
  );
  if (!coverage || !stakeholders) return <p role="status">{t('common.loading')}</p>;
  const regionLabel = (region: RegionId | null) => (region ? t(`region.${region}`) : t('trainings.coverage.noRegion'));

  return (
    <section className="card" aria-labelledby="training-coverage-title">
      <h2 id="training-coverage-title">{t('trainings.coverage.title')}</h2>
      <p>{t('trainings.coverage.summary', { people: coverage.peopleTrained, trainings: coverage.trainingsHeld })}</p>
      {plannedCount > 0 && <p className="muted">{tn('trainings.coverage.planned', plannedCount)}</p>}
      {coverage.unknownAttendees > 0 && (
        <p className="muted">{tn('trainings.coverage.unknown', coverage.unknownAttendees)}</p>
      )}
      <div className="table-scroll">
        <table className="data-table" aria-label={t('trainings.coverage.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('trainings.coverage.col.region')}</th>
              <th scope="col">{t('trainings.coverage.col.people')}</th>
              {TRAINEE_GROUPS.map((group) => (
                <th scope="col" key={group}>
                  {t(`trainings.coverage.group.${group}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.byRegion.map((entry) => (
              <tr key={entry.region ?? 'none'}>
                <th scope="row">{regionLabel(entry.region)}</th>
                <td>{entry.people}</td>
                {TRAINEE_GROUPS.map((group) => (
                  <td key={group}>{entry.byGroup[group]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StakeholderTrainingTable
        byStakeholder={coverage.byStakeholder}
        stakeholders={stakeholders}
        regionLabel={regionLabel}
      />
      <h3>{t('trainings.coverage.gapsTitle')}</h3>
      {coverage.uncoveredFacilities.length === 0 ? (
        <p>{t('trainings.coverage.gapsNone')}</p>
      ) : (
        <ul className="coverage-gaps">
          {coverage.uncoveredFacilities.map((place) => {
            const where = `${regionLabel(place.region)} – ${
              place.province ? provinceName(place.region, place.province) : t('trainings.coverage.noProvince')
            }`;
            return (
              <li key={`${place.region ?? ''}/${place.province}`}>
                <details>
                  <summary>
                    {tn('trainings.coverage.gapsProvince', place.stakeholderIds.length, { place: where })}
                  </summary>
                  <ul>
                    {place.stakeholderIds.map((id) => (
                      <li key={id}>
                        <a href={routeHref({ section: 'stakeholders', id })}>{nameOf.get(id)}</a>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
