import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { routeHref } from '../../app/route';
import { useAgreementsOf } from '../../data/useAgreementQueries';
import { useContactCountOf } from '../../data/useContactQueries';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';

interface MapSidePanelProps {
  stakeholder: Stakeholder;
  neighbours: readonly Stakeholder[];
  shownIds: ReadonlySet<string>;
  onSelect(stakeholderId: string): void;
  onClose(): void;
  /**
   * Where the focus goes on closing when the element that had it before the panel opened is
   * gone or was none (the panel opened from a click on the map): the map canvas.
   */
  returnFocus?: () => HTMLElement | null;
  /** How much of the neighbourhood the map shows (MapFocusControls). */
  focusControls?: ReactNode;
  /** The neighbours that bridge the most others (KeyConnectors), and the path finder (PathFinder). */
  keyConnectors?: ReactNode;
  pathFinder?: ReactNode;
}

/** The selected stakeholder in words: the accessible equivalent of its place on the map. */
export function MapSidePanel({
  stakeholder,
  neighbours,
  shownIds,
  onSelect,
  onClose,
  returnFocus,
  focusControls,
  keyConnectors,
  pathFinder,
}: MapSidePanelProps) {
  const { t, tOr } = useT();
  const { labelOf } = useCategories();
  const contactCount = useContactCountOf(stakeholder.id);
  // By title (useAgreementsOf).
  const agreements = useAgreementsOf(stakeholder.id);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Read while the panel is first drawn, before it takes the focus: the search box, or the
  // control that opened it. Selecting another stakeholder from the panel keeps it.
  const [opener] = useState(() =>
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null,
  );
  function close() {
    // The panel, and the focus in it, go: the focus goes back where it was, not to the page body.
    const target = opener?.isConnected ? opener : (returnFocus?.() ?? null);
    target?.focus();
    onClose();
  }
  useEffect(
    function moveFocusToPanel() {
      headingRef.current?.focus();
    },
    [stakeholder.id],
  );
  const sorted = [...neighbours].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <aside
      className="map-panel"
      aria-label={t('map.panel')}
      // Scrollable, so reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <div className="map-panel-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {stakeholder.name}
        </h2>
        <button type="button" className="button-quiet" aria-label={t('map.panel.close')} onClick={close}>
          ×
        </button>
      </div>
      <dl className="map-panel-facts">
        <dt>{t('map.panel.category')}</dt>
        <dd>{labelOf(stakeholder.categoryId)}</dd>
        <dt>{t('map.panel.region')}</dt>
        <dd>{stakeholder.region ? t(`region.${stakeholder.region}`) : t('map.group.none')}</dd>
        <dt>{t('map.panel.sector')}</dt>
        <dd>{tOr(`sector.${stakeholder.sector}`, stakeholder.sector)}</dd>
        <dt>{t('map.panel.stage')}</dt>
        <dd>{t(`stage.${stakeholder.guidelinesStage}`)}</dd>
        <dt>{t('map.panel.scores')}</dt>
        <dd>
          {stakeholder.influence} / {stakeholder.interest}
        </dd>
        <dt>{t('map.panel.contacts')}</dt>
        <dd>{contactCount ?? '…'}</dd>
      </dl>
      <p>
        <a href={routeHref({ section: 'stakeholders', id: stakeholder.id })}>{t('map.panel.openDetails')}</a>
      </p>
      {focusControls}
      <h3>{t('map.panel.neighbours', { count: sorted.length })}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('map.panel.noNeighbours')}</p>
      ) : (
        <ul className="map-panel-neighbours">
          {sorted.map((neighbour) => (
            <li key={neighbour.id}>
              <button
                type="button"
                className="button-link"
                aria-label={t('map.panel.showOnMap', { name: neighbour.name })}
                onClick={() => onSelect(neighbour.id)}
              >
                {neighbour.name}
              </button>
              {!shownIds.has(neighbour.id) && <span className="muted"> ({t('map.panel.hiddenByFilters')})</span>}
            </li>
          ))}
        </ul>
      )}
      {keyConnectors}
      {agreements && agreements.length > 0 && (
        <>
          <h3>{t('map.panel.agreements', { count: agreements.length })}</h3>
          <ul className="map-panel-neighbours">
            {agreements.map((agreement) => (
              <li key={agreement.id}>
                <a href={routeHref({ section: 'agreements', id: agreement.id })}>{agreement.title}</a>
                <span className="muted"> · {t(`agreementStatus.${agreement.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {pathFinder}
    </aside>
  );
}
