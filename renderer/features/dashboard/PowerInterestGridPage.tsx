import { useEffect, useMemo, useRef, useState } from 'react';
import { GUIDELINES_STAGES } from '../../../shared/domain/enums';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref, type Route } from '../../app/route';
import { useDatabase } from '../../data/useDatabase';
import { useStakeholdersInNameOrder } from '../../data/useStakeholderQueries';
import { patchStakeholder } from '../../db/repositories/stakeholders';
import { useT } from '../../i18n/useT';
import { EmptyState } from '../../ui/EmptyState';
import { useUndoableChange } from '../../ui/useUndoableChange';
import './dashboard.css';
import { dotLabel, GridDot, type DragState } from './GridDot';
import { cellKey, groupByCell, INFLUENCE_ROWS, isScored, SCORES, scoresAfterKey, type Scores } from './gridModel';
import { RegionSwitch, regionFromQuery } from './RegionSwitch';
import { StageMark, stageNumber } from './StageMark';

/** Where a keyboard move must put focus back once the dot is drawn in its new cell. */
type PendingFocus = Scores & { id: string };

export function PowerInterestGridPage({ route }: { route: Route }) {
  const { t } = useT();
  const changeWithUndo = useUndoableChange();
  const database = useDatabase();
  const region = regionFromQuery(route.query);
  const all = useStakeholdersInNameOrder();
  const [drag, setDrag] = useState<DragState | null>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  // Where keyboard moves not yet shown by the stored record put a dot: a second arrow press
  // before the first has landed steps on from there, not again from the stale place.
  const requestedScores = useRef(new Map<string, Scores>());

  const shown = useMemo(
    () => (all ?? []).filter((stakeholder) => region === null || stakeholder.region === region),
    [all, region],
  );
  const placed = useMemo(() => shown.filter(isScored), [shown]);
  const unscored = useMemo(() => shown.filter((stakeholder) => !isScored(stakeholder)), [shown]);
  const cells = useMemo(() => groupByCell(placed, stageNumber), [placed]);

  useEffect(function refocusMovedDot() {
    const pending = pendingFocus.current;
    if (!pending) return;
    const selector = `[data-stakeholder-id="${CSS.escape(pending.id)}"][data-influence="${pending.influence}"][data-interest="${pending.interest}"]`;
    const dot = gridRef.current?.querySelector<HTMLButtonElement>(selector);
    if (!dot) return;
    pendingFocus.current = null;
    dot.focus();
    dot.scrollIntoView({ block: 'nearest' });
  });

  useEffect(
    function forgetLandedMoves() {
      for (const stakeholder of all ?? []) {
        const requested = requestedScores.current.get(stakeholder.id);
        if (requested?.influence === stakeholder.influence && requested.interest === stakeholder.interest)
          requestedScores.current.delete(stakeholder.id);
      }
    },
    [all],
  );

  async function move(stakeholder: Stakeholder, to: Scores) {
    pendingFocus.current = { id: stakeholder.id, ...to };
    requestedScores.current.set(stakeholder.id, to);
    const isMoved = await changeWithUndo(
      t('grid.moved', { name: stakeholder.name, influence: to.influence, interest: to.interest }),
      async () => (await patchStakeholder(database, stakeholder.id, to)).change,
    );
    if (!isMoved) {
      pendingFocus.current = null;
      requestedScores.current.delete(stakeholder.id);
    }
  }

  function moveByKey(stakeholder: Stakeholder, key: string) {
    const to = scoresAfterKey(key, requestedScores.current.get(stakeholder.id) ?? stakeholder);
    if (to) void move(stakeholder, to);
  }

  const dragged = drag ? shown.find((stakeholder) => stakeholder.id === drag.id) : undefined;

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('grid.title')}</h1>
        <RegionSwitch section="grid" region={region} />
      </div>
      {all === undefined ? (
        <p role="status">{t('common.loading')}</p>
      ) : all.length === 0 ? (
        <EmptyState
          title={t('grid.emptyTitle')}
          actions={
            <a className="button button-primary" href={routeHref({ section: 'stakeholders', query: { new: '1' } })}>
              {t('dashboard.addStakeholder')}
            </a>
          }
        >
          <p>{t('grid.emptyText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">
            {t('grid.intro')} {t('grid.count', { count: shown.length })}
          </p>
          <div className="pi-layout">
            <div className="pi-frame">
              <div className="pi-axis-y" aria-hidden="true">
                {t('grid.influence')} →
              </div>
              <div className="pi-grid" role="group" aria-label={t('grid.label')} ref={gridRef}>
                {INFLUENCE_ROWS.flatMap((influence) => [
                  <span key={`tick-${influence}`} className="pi-tick" aria-hidden="true">
                    {influence}
                  </span>,
                  ...SCORES.map((interest) => {
                    const members = cells.get(cellKey({ influence, interest })) ?? [];
                    const isTarget = drag?.target?.influence === influence && drag.target.interest === interest;
                    return (
                      <div
                        key={`${influence}:${interest}`}
                        role="group"
                        aria-label={t('grid.cellLabel', { influence, interest, count: members.length })}
                        className={`pi-cell${isTarget ? ' pi-cell-drop' : ''}`}
                        data-zone={influence >= 3 && interest >= 3 ? 'manage' : influence >= 3 ? 'satisfy' : undefined}
                        data-cell-influence={influence}
                        data-cell-interest={interest}
                      >
                        {members.length > 0 && (
                          <span className="pi-cell-count" aria-hidden="true">
                            {members.length}
                          </span>
                        )}
                        {members.map((stakeholder) => (
                          <GridDot
                            key={stakeholder.id}
                            stakeholder={stakeholder}
                            isDragging={drag?.id === stakeholder.id}
                            onDrag={setDrag}
                            onMove={(who, to) => void move(who, to)}
                            onArrowKey={moveByKey}
                          />
                        ))}
                      </div>
                    );
                  }),
                ])}
                <span aria-hidden="true" />
                {SCORES.map((score) => (
                  <span key={`tick-x-${score}`} className="pi-tick" aria-hidden="true">
                    {score}
                  </span>
                ))}
              </div>
              <div className="pi-axis-x" aria-hidden="true">
                {t('grid.interest')} →
              </div>
            </div>
            <div className="pi-aside">
              <section className="card pi-legend" aria-labelledby="pi-legend-title">
                <h2 id="pi-legend-title">{t('grid.legend')}</h2>
                <ul>
                  {GUIDELINES_STAGES.map((stage) => (
                    <li key={stage}>
                      <StageMark stage={stage} />
                      {t(`stage.${stage}`)}
                    </li>
                  ))}
                </ul>
              </section>
              {unscored.length > 0 && (
                <section className="card" aria-labelledby="pi-unscored-title">
                  <h2 id="pi-unscored-title">{t('grid.unscored')}</h2>
                  <p className="muted">{t('grid.unscoredHint')}</p>
                  <ul>
                    {unscored.map((stakeholder) => (
                      <li key={stakeholder.id}>
                        <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{stakeholder.name}</a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {shown.length === 0 && <p>{t('grid.noneInRegion')}</p>}
            </div>
          </div>
        </>
      )}
      {drag && dragged && (
        <span className="pi-dot pi-ghost" style={{ left: drag.x + 8, top: drag.y + 8 }} aria-hidden="true">
          <StageMark stage={dragged.guidelinesStage} />
          <span className="pi-dot-name">{dotLabel(dragged)}</span>
        </span>
      )}
    </div>
  );
}
