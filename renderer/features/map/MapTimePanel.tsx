import { useRef } from 'react';
import { isoDateSchema } from '../../../shared/domain/common';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { NO_MAP_TIME, type MapTime, type TimeView } from './mapTime';

interface MapTimePanelProps {
  time: MapTime;
  view: TimeView | null;
  /** Dates in the link that were no calendar day. */
  refused: readonly string[];
  onChange(time: MapTime): void;
}

/**
 * The toolbar's Time panel: the map as of a day, and compared with an earlier one. Text that
 * is no date yet changes nothing (the field says what is wrong with it); emptied, a field
 * goes back to today's network or to no comparison.
 */
export function MapTimePanel({ time, view, refused, onChange }: MapTimePanelProps) {
  const { t, formatDate } = useT();
  const panelRef = useRef<HTMLDivElement>(null);
  const dayOf = (value: string): string | null | undefined =>
    value === '' ? null : isoDateSchema.safeParse(value).success ? value : undefined;
  const change = (field: keyof MapTime) => (value: string) => {
    const day = dayOf(value);
    if (day !== undefined) onChange({ ...time, [field]: day });
  };
  const isInTime = time.day !== null || time.from !== null;
  return (
    <div className="map-time" role="group" aria-label={t('map.time.title')} ref={panelRef}>
      <DateField
        label={t('map.time.asOf')}
        value={time.day ?? ''}
        onChange={change('day')}
        hint={t('map.time.asOfHint')}
        hasHint={false}
      />
      <DateField
        label={t('map.time.compareWith')}
        value={time.from ?? ''}
        onChange={change('from')}
        hint={t('map.time.compareHint')}
        hasHint={false}
        error={
          view?.problem === 'fromNotEarlier' ? t('map.time.fromNotEarlier', { day: formatDate(view.day) }) : undefined
        }
      />
      {isInTime && (
        <button
          type="button"
          className="button-quiet map-time-clear"
          onClick={() => {
            // This button goes with the days: the focus stays in the panel (whose Escape closes
            // it), on the "As of" field.
            panelRef.current?.querySelector('input')?.focus();
            onChange(NO_MAP_TIME);
          }}
        >
          {t('map.time.clear')}
        </button>
      )}
      {refused.map((value) => (
        <p key={value} className="map-time-refused" role="alert">
          {t('map.time.refused', { value: value.length > 40 ? `${value.slice(0, 40)}…` : value })}
        </p>
      ))}
      <p className="muted map-time-note">{t('map.time.note')}</p>
    </div>
  );
}
