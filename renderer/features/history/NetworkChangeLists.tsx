import { useId, type ReactNode } from 'react';
import { routeHref } from '../../app/route';
import { useT } from '../../i18n/useT';
import { FoldedList } from './FoldedList';
import type { BridgeChange, DayComparisonView, NamedStakeholder, TieChange } from './dayComparisonView';

// Ties gained and lost, and reception ↔ health bridges that appeared or went, between two
// days: the counts first, then the lists, each tie naming both stakeholders and its type.

function StakeholderLink({ stakeholder }: { stakeholder: NamedStakeholder }) {
  return <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>;
}

function TieText({ tie }: { tie: TieChange }) {
  const { tOr } = useT();
  return (
    <>
      <StakeholderLink stakeholder={tie.ends[0]} /> – <StakeholderLink stakeholder={tie.ends[1]} />{' '}
      <span className="badge">{tOr(`relationshipType.${tie.type}`, tie.type)}</span>
    </>
  );
}

function BridgeText({ bridge }: { bridge: BridgeChange }) {
  const { t } = useT();
  if (bridge.kind === 'relationship') return <TieText tie={bridge} />;
  return (
    <>
      <a href={routeHref({ section: 'agreements', id: bridge.id })}>{bridge.title}</a>{' '}
      <span className="badge">{t('history.compare.agreement')}</span>{' '}
      <span className="muted">
        {bridge.parties.map((party, index) => (
          <span key={party.id}>
            {index > 0 && ', '}
            <StakeholderLink stakeholder={party} />
          </span>
        ))}
      </span>
    </>
  );
}

function ChangeList<Change extends { id: string }>({
  title,
  changes,
  render,
}: {
  title: string;
  changes: readonly Change[];
  render(change: Change): ReactNode;
}) {
  const titleId = useId();
  if (changes.length === 0) return null;
  return (
    <>
      <h4 id={titleId}>{title}</h4>
      <FoldedList labelledBy={titleId} items={changes} keyOf={(change) => change.id} render={render} />
    </>
  );
}

export function TieChanges({ ties }: { ties: DayComparisonView['ties'] }) {
  const { t } = useT();
  const headingId = useId();
  const isEmpty = ties.gained.length === 0 && ties.lost.length === 0;
  return (
    <section className="compare-days-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('history.compare.tiesTitle')}</h3>
      {isEmpty ? (
        <p>{t('history.compare.noTies')}</p>
      ) : (
        <>
          <p>{t('history.compare.tiesCount', { gained: ties.gained.length, lost: ties.lost.length })}</p>
          <ChangeList
            title={t('history.compare.tiesGained')}
            changes={ties.gained}
            render={(tie) => <TieText tie={tie} />}
          />
          <ChangeList
            title={t('history.compare.tiesLost')}
            changes={ties.lost}
            render={(tie) => <TieText tie={tie} />}
          />
        </>
      )}
    </section>
  );
}

export function BridgeChanges({ bridges }: { bridges: DayComparisonView['bridges'] }) {
  const { t } = useT();
  const headingId = useId();
  const isEmpty = bridges.gained.length === 0 && bridges.lost.length === 0;
  return (
    <section className="compare-days-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('history.compare.bridgesTitle')}</h3>
      {isEmpty ? (
        <p>{t('history.compare.noBridges')}</p>
      ) : (
        <>
          <p>{t('history.compare.bridgesCount', { gained: bridges.gained.length, lost: bridges.lost.length })}</p>
          <ChangeList
            title={t('history.compare.bridgesGained')}
            changes={bridges.gained}
            render={(bridge) => <BridgeText bridge={bridge} />}
          />
          <ChangeList
            title={t('history.compare.bridgesLost')}
            changes={bridges.lost}
            render={(bridge) => <BridgeText bridge={bridge} />}
          />
        </>
      )}
    </section>
  );
}
