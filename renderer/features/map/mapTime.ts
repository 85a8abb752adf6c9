import { isAgreementInForceAsOf } from '../../../shared/analysis/asOf';
import { tieSpan } from '../../../shared/analysis/activeOnDay';
import { isoDateSchema, localDayOf } from '../../../shared/domain/common';
import type { MapIndex } from './mapIndex';
import type { MapRecords } from './mapModel';

// The map "as of" a day, and compared with an earlier one (issue 18), by the rules of
// shared/analysis/asOf.ts: a stakeholder is known from the day it was entered, a tie is
// active between its start and its end, an agreement in force as isAgreementInForceAsOf says.
// What is not there on the day counts as filtered out (mapVisibility's `time`), so the
// summary, counts, legend and pictures follow. Each record's dates are read once per data
// load (mapTimeIndex) as day numbers, so moving the day passes over typed arrays only; the
// tests hold the result to networkOn and compareDays.

/** The days asked for, YYYY-MM-DD; `day` null is today's network as the map draws it, `from` null compares nothing. */
export interface MapTime {
  day: string | null;
  from: string | null;
}

export const NO_MAP_TIME: MapTime = { day: null, from: null };

/** What the address held that is no calendar day, kept to be said rather than dropped without a word. */
export interface MapTimeReading {
  time: MapTime;
  refused: string[];
}

const isCalendarDay = (value: string) => isoDateSchema.safeParse(value).success;

export function mapTimeFromParams(params: Readonly<Record<string, string>>): MapTimeReading {
  const refused: string[] = [];
  const read = (name: 'day' | 'from') => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined || value === '') return null;
    if (isCalendarDay(value)) return value;
    refused.push(value);
    return null;
  };
  return { time: { day: read('day'), from: read('from') }, refused };
}

export function paramsFromMapTime(time: MapTime): Record<string, string> {
  return { ...(time.day ? { day: time.day } : {}), ...(time.from ? { from: time.from } : {}) };
}

/** The day the map shows and the one it compares with; null when the map is not in time at all. */
export interface TimeView {
  day: string;
  /** Null: no comparison (none asked, or one not earlier than `day`, which `problem` says). */
  from: string | null;
  problem: 'fromNotEarlier' | null;
}

export function timeViewOf(time: MapTime, today: string): TimeView | null {
  if (time.day === null && time.from === null) return null;
  const day = time.day ?? today;
  if (time.from !== null && time.from >= day) return { day, from: null, problem: 'fromNotEarlier' };
  return { day, from: time.from, problem: null };
}

/**
 * A calendar day as a number (2026-03-01 → 20260301), to compare days in a typed array. What
 * is no day counts as after every day, as text of letters sorts after digits in asOf.ts.
 */
export function dayNumber(isoDay: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  return match ? Number(match[1]) * 10_000 + Number(match[2]) * 100 + Number(match[3]) : Infinity;
}

/** Each record's dates as day numbers, read once per data load. */
export interface MapTimeIndex {
  /** The day each stakeholder (by position) was entered: known from then on. */
  knownFrom: Float64Array;
  /** Each relationship's (by position) span as isTieActiveOn (asOf.ts) reads it; a start of Infinity: active on no day. */
  since: Float64Array;
  until: Float64Array;
  /** Each relationship's position, by id. */
  tiePositionOf: ReadonlyMap<string, number>;
  /** Each stakeholder's position, by id. */
  stakeholderPositionOf: ReadonlyMap<string, number>;
}

export function mapTimeIndex(records: Pick<MapRecords, 'stakeholders' | 'relationships'>): MapTimeIndex {
  const { stakeholders, relationships } = records;
  const since = new Float64Array(relationships.length);
  const until = new Float64Array(relationships.length);
  const tiePositionOf = new Map<string, number>();
  relationships.forEach((relationship, position) => {
    tiePositionOf.set(relationship.id, position);
    // isTieActiveOn's days, worked out once (a span of none: a start of Infinity).
    const span = tieSpan(relationship);
    since[position] = span === null ? Infinity : dayNumber(span.start);
    until[position] = span === null || span.end === null ? Infinity : dayNumber(span.end);
  });
  return {
    // Entered on the user's calendar day, not UTC's (localDayOf).
    knownFrom: Float64Array.from(stakeholders, (stakeholder) => dayNumber(localDayOf(stakeholder.createdAt))),
    since,
    until,
    tiePositionOf,
    stakeholderPositionOf: new Map(stakeholders.map((stakeholder, position) => [stakeholder.id, position])),
  };
}

/** A relationship's change between the two days compared. */
export type TieChange = 'gained' | 'lost';

/** What the map keeps on a day, and what changed since the day compared with. */
export interface TimeNarrowing {
  /** 1 where the stakeholder at that position of the records' list was known on the day. */
  isKnownAt: Uint8Array;
  /** Drawn: active on the day, or lost since `from` (drawn as lost). */
  isTieShown(relationshipId: string): boolean;
  agreementIds: ReadonlySet<string>;
  /** Null without a comparison, or when the tie did not change. */
  tieChange(relationshipId: string): TieChange | null;
  isNew(stakeholderId: string): boolean;
  isComparing: boolean;
  /** Ids; empty without a comparison. */
  gained: readonly string[];
  lost: readonly string[];
}

const SHOWN = 1;
const GAINED = 2;
const LOST = 3;

/**
 * The network on `view.day` (and its changes since `view.from`), as networkOn and
 * compareDays give it: a tie counts on a day only when both its ends were known then.
 * One pass over typed arrays: moving the day at 250,000 relationships stays quick.
 */
export function narrowToTime(
  records: MapRecords,
  ends: MapIndex['ends'],
  timeIndex: MapTimeIndex,
  view: TimeView,
): TimeNarrowing {
  const day = dayNumber(view.day);
  const from = view.from === null ? null : dayNumber(view.from);
  const { knownFrom, since, until, tiePositionOf, stakeholderPositionOf } = timeIndex;
  const isKnownAt = new Uint8Array(knownFrom.length);
  for (let position = 0; position < knownFrom.length; position += 1)
    isKnownAt[position] = knownFrom[position]! <= day ? 1 : 0;
  const { sources, targets } = ends;
  const isActiveOn = (position: number, onDay: number) => {
    const source = sources[position]!;
    const target = targets[position]!;
    return (
      since[position]! <= onDay &&
      until[position]! >= onDay &&
      source >= 0 &&
      target >= 0 &&
      knownFrom[source]! <= onDay &&
      knownFrom[target]! <= onDay
    );
  };
  const tieStateAt = new Uint8Array(since.length);
  const gained: string[] = [];
  const lost: string[] = [];
  const { relationships } = records;
  for (let position = 0; position < since.length; position += 1) {
    const isOnDay = isActiveOn(position, day);
    if (from === null) {
      if (isOnDay) tieStateAt[position] = SHOWN;
      continue;
    }
    const isOnFrom = isActiveOn(position, from);
    if (isOnDay && !isOnFrom) {
      tieStateAt[position] = GAINED;
      gained.push(relationships[position]!.id);
    } else if (isOnFrom && !isOnDay) {
      tieStateAt[position] = LOST;
      lost.push(relationships[position]!.id);
    } else if (isOnDay) tieStateAt[position] = SHOWN;
  }
  const stateOf = (relationshipId: string) => tieStateAt[tiePositionOf.get(relationshipId) ?? -1] ?? 0;
  const agreementIds = new Set(
    records.agreements
      .filter((agreement) => isAgreementInForceAsOf(agreement, view.day))
      .map((agreement) => agreement.id),
  );
  return {
    isKnownAt,
    isTieShown: (relationshipId) => stateOf(relationshipId) !== 0,
    agreementIds,
    tieChange: (relationshipId) => {
      const state = stateOf(relationshipId);
      return state === GAINED ? 'gained' : state === LOST ? 'lost' : null;
    },
    isNew: (stakeholderId) => {
      const known = knownFrom[stakeholderPositionOf.get(stakeholderId) ?? -1];
      return from !== null && known !== undefined && known > from && known <= day;
    },
    isComparing: from !== null,
    gained,
    lost,
  };
}

/** What the canvas marks in a time view (NetworkCanvas's applyTimeMarks). */
export type TimeMarks = Pick<TimeNarrowing, 'tieChange' | 'isNew' | 'isComparing'>;

/** What the map's summary says of the days it shows: the ties gained and lost among those drawn. */
export function timeSummaryOf(
  view: TimeView | null,
  narrowing: TimeNarrowing | undefined,
  edgeIds: { has(edgeId: string): boolean },
): { day: string; from: string | null; gained: number; lost: number; isNothingKnown: boolean } | null {
  if (!view || !narrowing) return null;
  let gained = 0;
  let lost = 0;
  for (const id of narrowing.gained) if (edgeIds.has(id)) gained += 1;
  for (const id of narrowing.lost) if (edgeIds.has(id)) lost += 1;
  return { day: view.day, from: view.from, gained, lost, isNothingKnown: !narrowing.isKnownAt.includes(1) };
}

/** The stakeholders the map can draw: those known on the day shown, or all on today's map (undefined narrowing). */
export function stakeholdersKnown<T>(
  stakeholders: readonly T[],
  narrowing: Pick<TimeNarrowing, 'isKnownAt'> | undefined,
): readonly T[] {
  const isKnownAt = narrowing?.isKnownAt;
  return isKnownAt ? stakeholders.filter((_, position) => isKnownAt[position] === 1) : stakeholders;
}
