import type { Core } from 'cytoscape';
import { useMemo, useRef, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';
import { NO_LEGEND_CHOICE, type LegendChoice } from './legendChoice';
import { comparisonLines, legendEntries, type LegendLabels } from './mapLegendEntries';
import type { MapOptions } from './mapModel';
import { TIE_GAINED_COLOUR } from './mapTimeLooks';
import { LineSwatch, ShapeSwatch } from './ShapeSwatch';
import './mapLegend.css';

interface MapLegendProps {
  stakeholders: readonly Stakeholder[];
  /** The relationship types in use (the map's index). */
  relationshipTypes: readonly string[];
  options: MapOptions;
  /** The map's Cytoscape instance: with it, a click on a colour highlights or hides part of the map. */
  getMap?: () => Core | null;
  /** What the colours ask of the map (useLegendChoice, which shows it there). */
  choice: LegendChoice;
  onChoiceChange(choice: LegendChoice): void;
  /** The earlier day the map is compared with (mapTime.ts): the legend then lists ties gained and lost. */
  comparedFrom?: string | null;
  /** Whether a line on the map has an arrow (a directed relationship); absent, the arrow is explained anyway. */
  hasDirected?: boolean;
}

export function useLegendLabels(): LegendLabels {
  const { t, tOr } = useT();
  const { labelOf } = useCategories();
  return useMemo(
    () => ({
      category: labelOf,
      sector: (id) => tOr(`sector.${id}`, id),
      stage: (id) => tOr(`stage.${id}`, id),
      relationshipType: (type) => tOr(`relationshipType.${type}`, type),
      agreement: t('map.legend.agreement'),
      directed: t('map.legend.directed'),
    }),
    [labelOf, t, tOr],
  );
}

/** Only what is on the map; a colour can be highlighted (the rest dimmed) or hidden, and the legend folds away. */
export function MapLegend(props: MapLegendProps) {
  const { stakeholders, relationshipTypes, options, getMap, choice, comparedFrom = null, hasDirected = true } = props;
  const setChoice = props.onChoiceChange;
  const { t, formatDate } = useT();
  const labels = useLegendLabels();
  const [isFolded, setIsFolded] = useState(false);
  const coloursRef = useRef<HTMLUListElement>(null);
  const entries = useMemo(
    () => legendEntries(stakeholders, relationshipTypes, options, labels, options.showAgreements, hasDirected),
    [stakeholders, relationshipTypes, options, labels, hasDirected],
  );
  const hasChoice = choice.highlighted !== null || choice.hidden.length > 0;

  if (isFolded)
    return (
      <button type="button" className="map-legend-unfold" aria-expanded="false" onClick={() => setIsFolded(false)}>
        {t('map.legend')}
      </button>
    );
  const toggleHidden = (key: string) =>
    setChoice({
      highlighted: choice.highlighted === key ? null : choice.highlighted,
      hidden: choice.hidden.includes(key) ? choice.hidden.filter((item) => item !== key) : [...choice.hidden, key],
    });
  return (
    <section className="map-legend" aria-label={t('map.legend')}>
      <div className="map-legend-header">
        <h2>{t('map.legend')}</h2>
        <button
          type="button"
          className="button-quiet map-legend-fold"
          aria-expanded="true"
          onClick={() => setIsFolded(true)}
        >
          {t('map.legend.fold')}
        </button>
      </div>
      {comparedFrom && (
        <>
          <h3>{t('map.time.legend', { from: formatDate(comparedFrom) })}</h3>
          <ul className="map-legend-time">
            {comparisonLines({ gained: t('map.time.legend.gained'), lost: t('map.time.legend.lost') }).map((line) => (
              <li key={line.key}>
                <svg
                  className="legend-swatch"
                  width="32"
                  height="12"
                  viewBox="0 0 32 12"
                  aria-hidden="true"
                  focusable="false"
                >
                  <line
                    x1="1"
                    y1="6"
                    x2="31"
                    y2="6"
                    stroke={line.colour}
                    strokeWidth={line.width * 0.7}
                    strokeDasharray={line.dash?.map((length) => length * 0.6).join(' ')}
                  />
                </svg>
                {line.label}
              </li>
            ))}
            <li>
              <span className="legend-ring" style={{ borderColor: TIE_GAINED_COLOUR }} aria-hidden="true" />
              {t('map.time.legend.new', { from: formatDate(comparedFrom) })}
            </li>
            <li className="muted">{t('map.time.legend.unchanged')}</li>
          </ul>
        </>
      )}
      <h3>{t('map.legend.colour', { by: t(`map.by.${options.colourBy}`) })}</h3>
      {getMap && <p className="muted map-legend-hint">{t('map.legend.hint')}</p>}
      <ul className="map-legend-colours" ref={coloursRef}>
        {entries.colours.map((entry) => {
          const isHidden = choice.hidden.includes(entry.key);
          const isHighlighted = choice.highlighted === entry.key;
          return (
            <li key={entry.key} className={isHidden ? 'is-hidden' : isHighlighted ? 'is-highlighted' : undefined}>
              {getMap ? (
                <>
                  <button
                    type="button"
                    className="map-legend-entry"
                    aria-pressed={isHighlighted}
                    disabled={isHidden}
                    onClick={() => setChoice({ ...choice, highlighted: isHighlighted ? null : entry.key })}
                  >
                    <span className="legend-colour" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
                    {entry.label}
                  </button>
                  <button
                    type="button"
                    className="button-quiet map-legend-hide"
                    aria-pressed={isHidden}
                    aria-label={t(isHidden ? 'map.legend.showEntry' : 'map.legend.hideEntry', { name: entry.label })}
                    onClick={() => toggleHidden(entry.key)}
                  >
                    {t(isHidden ? 'map.legend.show' : 'map.legend.hide')}
                  </button>
                </>
              ) : (
                <>
                  <span className="legend-colour" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
                  {entry.label}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {hasChoice && (
        <button
          type="button"
          className="button-quiet"
          onClick={() => {
            // This button goes with the choice: the focus stays in the legend, on its first colour
            // (its own button, or its "Show" while it is hidden and so cannot be pressed).
            coloursRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
            setChoice(NO_LEGEND_CHOICE);
          }}
        >
          {t('map.legend.showAll')}
        </button>
      )}
      <h3>{t('map.legend.shape', { by: t(`map.by.${options.shapeBy}`) })}</h3>
      <ul>
        {entries.shapes.map((entry) => (
          <li key={entry.key}>
            <ShapeSwatch shape={entry.shape} />
            {entry.label}
          </li>
        ))}
      </ul>
      <p className="muted">{t('map.legend.size', { by: t(`map.by.${options.sizeBy}`) })}</p>
      <h3>{t('map.legend.edges')}</h3>
      <ul>
        {entries.lines.map((line) => (
          <li key={line.key}>
            <LineSwatch colour={line.colour} lineStyle={line.lineStyle} hasArrow={line.hasArrow} />
            {line.label}
          </li>
        ))}
        <li className="muted">{t('map.legend.inactive')}</li>
      </ul>
    </section>
  );
}
