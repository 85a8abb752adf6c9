import type { Core } from 'cytoscape';
import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { Relationship } from '../../../shared/domain/relationship';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { buildTieGraph, introductionPaths, type IntroductionPath, type TieGraph } from '../../../shared/graph/paths';
import { useT } from '../../i18n/useT';
import { StakeholderPicker } from '../../ui/StakeholderPicker';
import type { Insets } from './fitView';
import { categoryGroupOf } from './mapOverview';
import { usePathHighlight } from './usePathHighlight';
import './pathFinder.css';

const MAX_PATHS = 3;

interface PathFinderProps {
  stakeholders: readonly Stakeholder[];
  /** The ties the map draws on `day` (tiesOnDay). */
  relationships: readonly Relationship[];
  /** YYYY-MM-DD, the day the map shows: paths walk the ties active on it (isTieActiveOn), whatever their status says now. */
  day: string;
  /** The selected stakeholder: the first "From". */
  focusedId: string | null;
  /** What the filters leave on the map: a step outside it says so. */
  shownIds: ReadonlySet<string>;
  cyRef: RefObject<Core | null>;
  /** A large network drawn as groups (mapOverview.ts): the groups a path crosses must open. */
  isOverview: boolean;
  onOpenGroups(categoryGroupIds: readonly string[]): void;
  onFocus(stakeholderId: string): void;
  /** Room the overlays take over the canvas (useMapViewInsets): the path is fitted beside them. */
  insets?: () => Insets;
}

interface Answer {
  fromId: string;
  toId: string;
  paths: IntroductionPath[];
}

/** "Who can introduce us to …?": the best chains of relationships between two stakeholders, listed and shown on the map. */
export function PathFinder(props: PathFinderProps) {
  const { stakeholders, relationships, day, focusedId, shownIds, cyRef, isOverview, onOpenGroups, onFocus, insets } =
    props;
  const { t, tOr } = useT();
  const headingId = useId();
  const [fromId, setFromId] = useState(focusedId ?? '');
  const [toId, setToId] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [chosen, setChosen] = useState(0);
  const sectionRef = useRef<HTMLElement>(null);
  const findButtonRef = useRef<HTMLButtonElement>(null);
  const byId = useMemo(() => new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder])), [stakeholders]);
  // Built on the first search and kept for this network: searches after it only walk it.
  const graphCache = useRef<{
    stakeholders: readonly Stakeholder[];
    relationships: readonly Relationship[];
    day: string;
    graph: TieGraph;
  } | null>(null);

  // Until the user picks a "From", it follows the selected stakeholder.
  const [followedFocus, setFollowedFocus] = useState(focusedId);
  if (followedFocus !== focusedId) {
    setFollowedFocus(focusedId);
    if (!answer && focusedId) setFromId(focusedId);
  }

  const shownPath = answer?.paths[chosen] ?? null;
  usePathHighlight(cyRef, shownPath, sectionRef, insets);

  function tieGraph(): TieGraph {
    const cached = graphCache.current;
    if (cached?.stakeholders === stakeholders && cached.relationships === relationships && cached.day === day)
      return cached.graph;
    const graph = buildTieGraph(
      stakeholders.map((stakeholder) => stakeholder.id),
      relationships,
      day,
    );
    graphCache.current = { stakeholders, relationships, day, graph };
    return graph;
  }

  function show(paths: IntroductionPath[], index: number) {
    setChosen(index);
    const path = paths[index];
    if (!isOverview || !path) return;
    const groups = new Set<string>();
    for (const id of path.stakeholderIds) {
      const stakeholder = byId.get(id);
      if (stakeholder) groups.add(categoryGroupOf(stakeholder));
    }
    onOpenGroups([...groups]);
  }

  function find() {
    const paths = introductionPaths(tieGraph(), fromId, toId, MAX_PATHS);
    setAnswer({ fromId, toId, paths });
    show(paths, 0);
  }

  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const isSameEnds = fromId !== '' && fromId === toId;
  return (
    <section className="map-paths" aria-labelledby={headingId} ref={sectionRef} data-testid="map-paths">
      <h3 id={headingId}>{t('map.paths.title')}</h3>
      <p className="muted">{t('map.paths.hint')}</p>
      <StakeholderPicker
        stakeholders={stakeholders}
        label={t('map.paths.from')}
        value={fromId}
        onChange={(id) => {
          setFromId(id);
          setAnswer(null);
        }}
      />
      <StakeholderPicker
        stakeholders={stakeholders}
        label={t('map.paths.to')}
        value={toId}
        onChange={(id) => {
          setToId(id);
          setAnswer(null);
        }}
      />
      {isSameEnds && <p className="field-error">{t('map.paths.sameEnds')}</p>}
      <div className="map-paths-actions">
        <button
          type="button"
          className="button-primary"
          ref={findButtonRef}
          disabled={!fromId || !toId || isSameEnds}
          onClick={find}
        >
          {t('map.paths.find')}
        </button>
        {answer && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              // This button goes with the answer: the focus stays here, not on the page's body.
              findButtonRef.current?.focus();
              setAnswer(null);
            }}
          >
            {t('map.paths.clear')}
          </button>
        )}
      </div>
      <p role="status" className={answer && answer.paths.length === 0 ? 'map-paths-none' : 'muted'}>
        {answer &&
          (answer.paths.length === 0
            ? t('map.paths.none', { from: nameOf(answer.fromId), to: nameOf(answer.toId) })
            : t('map.paths.found', {
                count: answer.paths.length,
                from: nameOf(answer.fromId),
                to: nameOf(answer.toId),
              }))}
      </p>
      {answer && answer.paths.length > 0 && isOverview && <p className="muted">{t('map.paths.groupsOpened')}</p>}
      {answer && answer.paths.length > 0 && (
        <ol className="map-paths-list">
          {answer.paths.map((path, index) => (
            <li key={path.stakeholderIds.join('>')} className={index === chosen ? 'map-paths-chosen' : undefined}>
              <div className="map-paths-path-header">
                <strong>{t('map.paths.path', { number: index + 1, steps: path.steps.length })}</strong>
                <button
                  type="button"
                  className="button-quiet"
                  aria-pressed={index === chosen}
                  onClick={() => show(answer.paths, index)}
                >
                  {t('map.paths.show', { number: index + 1 })}
                </button>
              </div>
              <ol className="map-paths-steps">
                {path.stakeholderIds.map((id, position) => {
                  const step = position > 0 ? path.steps[position - 1] : undefined;
                  return (
                    <li key={id}>
                      {step && (
                        <span className="map-paths-tie">
                          {t('map.paths.via', {
                            type: tOr(`relationshipType.${step.relationship.type}`, step.relationship.type),
                            strength: tOr(
                              `map.paths.strength.${step.relationship.strength}`,
                              String(step.relationship.strength),
                            ),
                          })}
                        </span>
                      )}
                      <button
                        type="button"
                        className="button-link"
                        aria-label={t('map.paths.focus', { name: nameOf(id) })}
                        onClick={() => onFocus(id)}
                      >
                        {nameOf(id)}
                      </button>
                      {!shownIds.has(id) && <span className="muted"> ({t('map.paths.hiddenByFilters')})</span>}
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
