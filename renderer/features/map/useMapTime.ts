import { useMemo, useState } from 'react';
import { useToday } from '../../app/useToday';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import {
  mapTimeFromParams,
  mapTimeIndex,
  narrowToTime,
  stakeholdersKnown,
  timeViewOf,
  type MapTime,
  type TimeMarks,
  type TimeNarrowing,
  type TimeView,
} from './mapTime';
import type { MapData } from './useMapRecords';

export interface MapTimeState {
  /** What the user asked for (the address's `day` and `from`). */
  time: MapTime;
  /** Dates in the link that were no calendar day, said in the time panel. */
  refused: readonly string[];
  /** The days drawn; null: today's network as the map always draws it. */
  view: TimeView | null;
  /** mapVisibility's `time`; undefined outside a time view. */
  narrowing: TimeNarrowing | undefined;
  /** For the canvas in a time view; null otherwise. */
  marks: TimeMarks | null;
  /** The user's calendar day (useToday). */
  today: string;
  /** The stakeholders the map can draw on the day: those known then, or all on today's map (the pickers' choice). */
  knownStakeholders: readonly Stakeholder[];
  /** What the toolbar's Time button says while the map shows another day (the summary says which); null for today. */
  buttonLabel: string | null;
  setTime(time: MapTime): void;
}

/**
 * The map "as of" a day and compared with an earlier one (issue 18), from the address
 * (`#/map?day=…&from=…`, as the dashboard links it). Each record's dates are read once per
 * data load; moving a day then narrows in one pass over plain arrays.
 */
export function useMapTime(query: Readonly<Record<string, string>>, loaded: MapData | undefined): MapTimeState {
  const { t } = useT();
  const today = useToday();
  const [reading, setReading] = useState(() => mapTimeFromParams(query));
  // A link from elsewhere (the dashboard's comparison) sets the days, as it sets the filters.
  const [linkedQuery, setLinkedQuery] = useState(query);
  if (linkedQuery !== query) {
    setLinkedQuery(query);
    setReading(mapTimeFromParams(query));
  }
  const view = timeViewOf(reading.time, today);
  const day = view?.day;
  // Built while the map is shown as of a day (moving the day keeps it): a map that is not
  // reads no record's day, each a Date at 50,000 stakeholders.
  const isInTime = day !== undefined;
  const timeIndex = useMemo(() => (loaded && isInTime ? mapTimeIndex(loaded.records) : undefined), [loaded, isInTime]);
  const from = view?.from;
  const problem = view?.problem ?? null;
  const narrowing = useMemo(
    () =>
      loaded && timeIndex && day !== undefined
        ? narrowToTime(loaded.records, loaded.index.ends, timeIndex, { day, from: from ?? null, problem })
        : undefined,
    [loaded, timeIndex, day, from, problem],
  );
  const all = loaded?.records.stakeholders;
  const knownStakeholders = useMemo(() => stakeholdersKnown(all ?? [], narrowing), [all, narrowing]);
  return {
    time: reading.time,
    refused: reading.refused,
    view,
    narrowing,
    marks: narrowing ?? null,
    knownStakeholders,
    today,
    buttonLabel: day === undefined ? null : t('map.time.buttonOn'),
    setTime: (time) => setReading({ time, refused: [] }),
  };
}
