import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { FOCUS_DEPTHS, type FocusDepth } from './neighbourhood';

interface MapFocusControlsProps {
  depth: FocusDepth;
  onDepthChange(depth: FocusDepth): void;
  isOnly: boolean;
  onOnlyChange(isOnly: boolean): void;
  /** How many stakeholders are two steps away, when the depth is 2. */
  secondDegreeCount: number | null;
}

/** How much of the focused stakeholder's surroundings the map shows, in the side panel. */
export function MapFocusControls({
  depth,
  onDepthChange,
  isOnly,
  onOnlyChange,
  secondDegreeCount,
}: MapFocusControlsProps) {
  const { t } = useT();
  const hintId = useId();
  return (
    <fieldset className="map-focus-controls">
      <legend>{t('map.focus.neighbourhood')}</legend>
      <div className="map-focus-depth" role="group" aria-label={t('map.focus.depth')}>
        <span aria-hidden="true">{t('map.focus.depth')}</span>
        {FOCUS_DEPTHS.map((option) => (
          <button
            key={option}
            type="button"
            className="map-focus-depth-option"
            aria-pressed={depth === option}
            onClick={() => onDepthChange(option)}
          >
            {t(`map.focus.depth.${option}`)}
          </button>
        ))}
      </div>
      <label className="map-focus-only">
        <input
          type="checkbox"
          checked={isOnly}
          aria-describedby={hintId}
          onChange={(event) => onOnlyChange(event.currentTarget.checked)}
        />
        {t('map.focus.only')}
      </label>
      <p id={hintId} className="muted map-focus-hint">
        {t('map.focus.onlyHint')}
      </p>
      {secondDegreeCount !== null && (
        <p className="map-focus-hint">{t('map.focus.secondDegree', { count: secondDegreeCount })}</p>
      )}
    </fieldset>
  );
}
