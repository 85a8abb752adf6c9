import { useMemo, useState } from 'react';
import { traineeGroupOf, type TrainingCoverage } from '../../../shared/analysis/trainingCoverage';
import type { RegionId } from '../../../shared/domain/regions';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';

/** Rows shown before the list folds: a programme across regions can reach hundreds of organisations. */
export const STAKEHOLDERS_SHOWN = 20;

const TITLE_ID = 'training-coverage-by-stakeholder';
const TABLE_ID = 'training-coverage-by-stakeholder-table';

interface StakeholderRow {
  stakeholder: Stakeholder;
  people: number;
  trainings: number;
}

/** People trained in each organisation, the most first: where the programme has reached deepest. */
export function StakeholderTrainingTable({
  byStakeholder,
  stakeholders,
  regionLabel,
}: {
  byStakeholder: TrainingCoverage['byStakeholder'];
  stakeholders: readonly Stakeholder[];
  regionLabel(region: RegionId | null): string;
}) {
  const { t, language } = useT();
  const [isOpen, setIsOpen] = useState(false);
  const rows = useMemo(() => {
    const collator = new Intl.Collator(language);
    return stakeholders
      .flatMap((stakeholder): StakeholderRow[] => {
        const counts = byStakeholder.get(stakeholder.id);
        return counts ? [{ stakeholder, ...counts }] : [];
      })
      .sort(
        (one, other) => other.people - one.people || collator.compare(one.stakeholder.name, other.stakeholder.name),
      );
  }, [byStakeholder, stakeholders, language]);
  const isLong = rows.length > STAKEHOLDERS_SHOWN;
  const shown = isLong && !isOpen ? rows.slice(0, STAKEHOLDERS_SHOWN) : rows;

  return (
    <>
      <h3 id={TITLE_ID}>{t('trainings.coverage.byStakeholderTitle')}</h3>
      {rows.length === 0 ? (
        <p>{t('trainings.coverage.byStakeholderNone')}</p>
      ) : (
        <>
          <div className="table-scroll keeps-height">
            <table className="data-table" id={TABLE_ID} aria-labelledby={TITLE_ID}>
              <thead>
                <tr>
                  <th scope="col">{t('trainings.coverage.col.stakeholder')}</th>
                  <th scope="col">{t('trainings.coverage.col.region')}</th>
                  <th scope="col">{t('trainings.coverage.col.group')}</th>
                  <th scope="col">{t('trainings.coverage.col.people')}</th>
                  <th scope="col">{t('trainings.coverage.col.trainings')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ stakeholder, people, trainings }) => (
                  <tr key={stakeholder.id}>
                    <th scope="row">
                      <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
                    </th>
                    <td>{regionLabel(stakeholder.region)}</td>
                    <td>{t(`trainings.coverage.group.${traineeGroupOf(stakeholder)}`)}</td>
                    <td>{people}</td>
                    <td>{trainings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {isLong && (
            <button type="button" aria-expanded={isOpen} aria-controls={TABLE_ID} onClick={() => setIsOpen(!isOpen)}>
              {isOpen
                ? t('trainings.coverage.showFewer', { count: STAKEHOLDERS_SHOWN })
                : t('trainings.coverage.showAll', { count: rows.length })}
            </button>
          )}
        </>
      )}
    </>
  );
}
