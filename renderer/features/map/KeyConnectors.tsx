import { useMemo } from 'react';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { keyConnectorsOf } from '../../../shared/graph/keyConnectors';
import { useT } from '../../i18n/useT';
import './pathFinder.css';

const SHOWN_CONNECTORS = 5;

interface KeyConnectorsProps {
  stakeholderId: string;
  relationships: readonly Relationship[];
  /** Each stakeholder's relationships, by position in `relationships`: the map's index, built once per network. */
  incident: ReadonlyMap<string, readonly number[]>;
  /** 1 at the position of each relationship active on the day the map shows (tiesOnDay): the only ties counted, whatever their status says now. */
  activeAt: Uint8Array;
  /** The selected stakeholder's neighbours, for their names. */
  neighbours: readonly Stakeholder[];
  onSelect(stakeholderId: string): void;
}

/** The selected stakeholder's neighbours that bridge the most others around it (keyConnectors.ts). */
export function KeyConnectors(props: KeyConnectorsProps) {
  const { stakeholderId, relationships, incident, activeAt, neighbours, onSelect } = props;
  const { t } = useT();
  const result = useMemo(() => {
    function* neighboursOf(id: string) {
      for (const position of incident.get(id) ?? []) {
        const relationship = relationships[position];
        if (!relationship || activeAt[position] !== 1) continue;
        yield relationship.sourceId === id ? relationship.targetId : relationship.sourceId;
      }
    }
    return keyConnectorsOf(neighboursOf, stakeholderId);
  }, [relationships, incident, activeAt, stakeholderId]);
  const nameOf = useMemo(() => new Map(neighbours.map((neighbour) => [neighbour.id, neighbour.name])), [neighbours]);
  const shown = result.connectors.slice(0, SHOWN_CONNECTORS);
  return (
    <section className="map-connectors" aria-label={t('map.connectors.title')}>
      <h3>{t('map.connectors.title')}</h3>
      <p className="muted">
        {result.sampledSources === null
          ? t('map.connectors.hint', { count: result.neighbourhoodSize })
          : t('map.connectors.estimated', { count: result.neighbourhoodSize, sources: result.sampledSources })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('map.connectors.none')}</p>
      ) : (
        <ol className="map-panel-neighbours">
          {shown.map(({ id, betweenness }) => {
            const name = nameOf.get(id) ?? id;
            return (
              <li key={id}>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t('map.connectors.show', { name })}
                  onClick={() => onSelect(id)}
                >
                  {name}
                </button>
                <span className="muted">
                  {' '}
                  · {t('map.connectors.score', { score: Math.round(betweenness * 10) / 10 })}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
