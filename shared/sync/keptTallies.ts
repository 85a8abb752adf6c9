import { REFERENCES, type Reference, type TallyOnTargetDeleted } from '../domain/references';
import type { SyncedTable } from './syncDocs';

// "Keep both" of a tally of deleted targets (a training's former attendees) in conflict: two
// laptops each deleted someone offline, and each version counts only its own deletion. Kept
// both, every version's entries stay (by token), and the ids beside them lose those another
// version deleted, so that no deletion is undone and no one is counted as an id and a token.
// Tokens are drawn by each laptop: a person deleted on both has one on each, counted once.

type Row = Readonly<Record<string, unknown>>;
type TallyEntry = Readonly<{ token: string; region?: unknown; sector?: unknown; categoryId?: unknown }>;

/** Where each kind of tally is kept (shared/domain/references.ts `tallyOnTargetDeleted`). */
const TALLY_FIELDS: Record<TallyOnTargetDeleted, string> = { 'former-attendees': 'formerAttendees' };

/** A tally field of a table and the list of ids whose deletions it counts. */
export interface Tally {
  field: string;
  idsField: string;
}

/** The tally kept in this field of the table, if it is one. */
export function tallyOf(table: SyncedTable, field: string): Tally | undefined {
  const reference = (REFERENCES as readonly Reference[]).find(
    (candidate) =>
      candidate.from === table &&
      candidate.tallyOnTargetDeleted !== undefined &&
      TALLY_FIELDS[candidate.tallyOnTargetDeleted] === field,
  );
  return reference && { field, idsField: reference.path.replace(/\[\]$/, '') };
}

export function isTallyList(value: unknown): value is TallyEntry[] | undefined {
  return (
    value === undefined ||
    (Array.isArray(value) &&
      value.every(
        (item) => typeof item === 'object' && item !== null && typeof (item as { token?: unknown }).token === 'string',
      ))
  );
}

/** Every version's entries, once each by token, in the versions' order. */
export function joinTallies(values: readonly unknown[]): TallyEntry[] {
  const byToken = new Map<string, TallyEntry>();
  for (const value of values)
    if (isTallyList(value))
      for (const entry of value ?? []) if (!byToken.has(entry.token)) byToken.set(entry.token, entry);
  return [...byToken.values()];
}

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
const entriesIn = (value: unknown): TallyEntry[] => (isTallyList(value) ? (value ?? []) : []);
const placeOf = (entry: TallyEntry) => JSON.stringify([entry.region ?? null, entry.sector ?? null, entry.categoryId]);

/** How many of `entries` (new on one side) that side's deletions of `unlisted` ids cannot account for. */
const surplus = (entries: readonly TallyEntry[], unlisted: readonly string[]) =>
  Math.max(0, entries.length - unlisted.length);

/** Entries of `here` and `there` paired where they worked is the same, as many pairs as the places allow. */
function pairedByPlace(here: readonly TallyEntry[], there: readonly TallyEntry[]): Array<[TallyEntry, TallyEntry]> {
  const unpairedByPlace = new Map<string, TallyEntry[]>();
  for (const entry of here) {
    const samePlace = unpairedByPlace.get(placeOf(entry));
    if (samePlace) samePlace.push(entry);
    else unpairedByPlace.set(placeOf(entry), [entry]);
  }
  const pairs: Array<[TallyEntry, TallyEntry]> = [];
  for (const entry of there) {
    const mine = unpairedByPlace.get(placeOf(entry))?.shift();
    if (mine) pairs.push([mine, entry]);
  }
  return pairs;
}

/**
 * Both fields of a tally kept both: every version's entries and the kept version's ids.
 *
 * Entries one side has and the other lacks are its deletions: of ids the other still lists, or
 * of someone the other deleted too. Where a side has more new entries than the other lists ids
 * it does not, the rest are people deleted on both laptops, paired by where they worked being
 * the same: one person, counted once by the smaller token, the one every training of theirs
 * keeps alike.
 *
 * An id the kept version lists and another does not, while that other tallies entries the kept
 * one lacks, was deleted there: it leaves the ids. Only where the entries left once those pairs
 * are taken can account for every id it does not list: where they cannot, some were added on
 * one laptop or taken off by hand on the other, which the versions cannot tell apart (their
 * common ancestor is not at hand here), and they stay listed rather than be lost (an id of a
 * record deleted since is the reference check's to drop).
 */
export function tallyKeptBoth(
  tally: Tally,
  kept: Row,
  versions: readonly Row[],
): { ids: string[]; entries: TallyEntry[] } {
  const keptIds = idsIn(kept[tally.idsField]);
  const keptIdSet = new Set(keptIds);
  const keptEntries = entriesIn(kept[tally.field]);
  const keptTokens = new Set(keptEntries.map((entry) => entry.token));
  const deletedElsewhere = new Set<string>();
  const countedTwice = new Set<string>();
  for (const other of versions) {
    if (other === kept) continue;
    const otherIds = new Set(idsIn(other[tally.idsField]));
    const otherEntries = entriesIn(other[tally.field]);
    const otherTokens = new Set(otherEntries.map((entry) => entry.token));
    const newThere = otherEntries.filter((entry) => !keptTokens.has(entry.token));
    const newHere = keptEntries.filter((entry) => !otherTokens.has(entry.token));
    const unlistedThere = keptIds.filter((id) => !otherIds.has(id));
    const unlistedHere = [...otherIds].filter((id) => !keptIdSet.has(id));
    const deletedOnBoth = pairedByPlace(newHere, newThere).slice(
      0,
      Math.max(surplus(newHere, unlistedHere), surplus(newThere, unlistedThere)),
    );
    if (newThere.length - deletedOnBoth.length >= unlistedThere.length)
      for (const id of unlistedThere) deletedElsewhere.add(id);
    for (const [mine, theirs] of deletedOnBoth) countedTwice.add(mine.token < theirs.token ? theirs.token : mine.token);
  }
  return {
    ids: keptIds.filter((id) => !deletedElsewhere.has(id)),
    entries: joinTallies(versions.map((version) => version[tally.field])).filter(
      (entry) => !countedTwice.has(entry.token),
    ),
  };
}
