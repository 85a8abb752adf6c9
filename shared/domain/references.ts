import type { PersonalDataTable } from './personalData';

// Which records point at which, in one list: the field that holds the id (in the path syntax
// of personalData.ts: `a.b` a nested field, `a[]` each item of a list), the table it points
// at, the database index that finds the records pointing at an id, and what deleting the
// record pointed at does to them. references.test.ts walks the domain schemas and fails when
// an `…Id` or `…Ids` field is neither here nor in NOT_REFERENCES; renderer/db/
// referenceIntegrity.test.ts deletes each target through the app's own deletion path and
// checks that nothing is left pointing at nothing.

export type RecordTable = PersonalDataTable;

/**
 * What the app's deletion of the record pointed at does to a record that points at it:
 * - `delete-row`: the record goes too (a contact with its stakeholder);
 * - `remove-id`: the id leaves the list (an action's targets);
 * - `remove-id-delete-row-if-empty`: the id leaves the list; a record left with an empty
 *   list goes (a briefing for hand-picked stakeholders), unless its `fallbackList` takes over;
 * - `remove-id-delete-row-below-two`: the party leaves; an agreement left with fewer than
 *   two parties goes;
 * - `set-null`: the field is emptied (an action's owner).
 */
export type OnTargetDeleted =
  'delete-row' | 'remove-id' | 'remove-id-delete-row-if-empty' | 'remove-id-delete-row-below-two' | 'set-null';

/**
 * When Undo would delete again a record that the change created and a newer record points
 * at it: `keep-target` keeps the target and says so (the newer record is the user's work);
 * `delete-row` deletes the newer record with it, as the app's deletion would (a position
 * the map stored by itself for a node it drew).
 */
export type OnUndoOfTarget = 'keep-target' | 'delete-row';

/**
 * What a record keeps of a target that a deletion takes off it, beside losing its id:
 * `former-attendees`, a training's anonymous tally of attendees deleted since
 * (Training.formerAttendees, written by renderer/db/cascade.ts), so that the people it trained
 * stay counted in the reports. Deleting the record is what adds to it; Undo puts the image
 * from before back, tally and all.
 */
export type TallyOnTargetDeleted = 'former-attendees';

/**
 * For a list whose record goes once it is empty: another list of the same record, of ids of
 * the same table, that takes its place instead. Its ids (those not deleted too) become the
 * list's and it is left empty, so the record points at the same records as before; the record
 * goes only when neither holds one. `exclusions`: a list that takes ids off the list but not
 * off the fallback (a briefing's stakeholders removed by hand); the ids moved leave it, or they
 * would drop out where they counted before.
 */
export interface ListFallback {
  path: string;
  exclusions?: string;
}

export interface Reference {
  from: RecordTable;
  path: string;
  to: RecordTable;
  /** The index of `from` that finds the records pointing at an id; null: the table is scanned. */
  index: string | null;
  onTargetDeleted: OnTargetDeleted;
  onUndoOfTarget: OnUndoOfTarget;
  /** Absent: the record keeps nothing of the target deleted. */
  tallyOnTargetDeleted?: TallyOnTargetDeleted;
  /** Only with `remove-id-delete-row-if-empty`; absent: the record goes with its list's last id. */
  fallbackList?: ListFallback;
}

const keep = 'keep-target' as const;

export const REFERENCES = [
  {
    from: 'contacts',
    path: 'stakeholderId',
    to: 'stakeholders',
    index: 'stakeholderId',
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: keep,
  },
  {
    from: 'relationships',
    path: 'sourceId',
    to: 'stakeholders',
    index: 'sourceId',
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: keep,
  },
  {
    from: 'relationships',
    path: 'targetId',
    to: 'stakeholders',
    index: 'targetId',
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: keep,
  },
  {
    from: 'agreements',
    path: 'parties[].stakeholderId',
    to: 'stakeholders',
    index: 'partyIds',
    onTargetDeleted: 'remove-id-delete-row-below-two',
    onUndoOfTarget: keep,
  },
  {
    from: 'agreements',
    path: 'programmeIds[]',
    to: 'programmes',
    index: null,
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'actions',
    path: 'targetIds[]',
    to: 'stakeholders',
    index: 'targetIds',
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'actions',
    path: 'participantIds[]',
    to: 'contacts',
    index: 'participantIds',
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'actions',
    path: 'ownerId',
    to: 'staff',
    index: 'ownerId',
    onTargetDeleted: 'set-null',
    onUndoOfTarget: keep,
  },
  {
    from: 'actions',
    path: 'programmeId',
    to: 'programmes',
    index: 'programmeId',
    onTargetDeleted: 'set-null',
    onUndoOfTarget: keep,
  },
  {
    from: 'followUps',
    path: 'actionId',
    to: 'actions',
    index: 'actionId',
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: keep,
  },
  {
    from: 'followUps',
    path: 'ownerId',
    to: 'staff',
    index: 'ownerId',
    onTargetDeleted: 'set-null',
    onUndoOfTarget: keep,
  },
  // The map stores a position for every node it draws, by itself: it is layout, not the user's work.
  {
    from: 'mapPositions',
    path: 'stakeholderId',
    to: 'stakeholders',
    index: 'stakeholderId',
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: 'delete-row',
  },
  {
    from: 'stakeholders',
    path: 'programmeIds[]',
    to: 'programmes',
    index: null,
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  // The stakeholders added by hand stay at the table when the last it was made for goes: the
  // coordinator's choice, and the agenda typed for them, are work to keep.
  {
    from: 'briefings',
    path: 'source.stakeholderIds[]',
    to: 'stakeholders',
    index: null,
    onTargetDeleted: 'remove-id-delete-row-if-empty',
    onUndoOfTarget: keep,
    fallbackList: { path: 'addedStakeholderIds[]', exclusions: 'removedStakeholderIds[]' },
  },
  {
    from: 'briefings',
    path: 'addedStakeholderIds[]',
    to: 'stakeholders',
    index: null,
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'briefings',
    path: 'removedStakeholderIds[]',
    to: 'stakeholders',
    index: null,
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'briefings',
    path: 'source.actionId',
    to: 'actions',
    index: null,
    onTargetDeleted: 'delete-row',
    onUndoOfTarget: keep,
  },
  {
    from: 'briefings',
    path: 'programmeId',
    to: 'programmes',
    index: null,
    onTargetDeleted: 'set-null',
    onUndoOfTarget: keep,
  },
  // A training stays when a trainer, an attendee or its programme goes: it was held. An
  // attendee's deletion leaves an anonymous trace: the person was trained all the same.
  {
    from: 'trainings',
    path: 'trainerIds[]',
    to: 'staff',
    index: 'trainerIds',
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
  },
  {
    from: 'trainings',
    path: 'attendeeIds[]',
    to: 'contacts',
    index: 'attendeeIds',
    onTargetDeleted: 'remove-id',
    onUndoOfTarget: keep,
    tallyOnTargetDeleted: 'former-attendees',
  },
  {
    from: 'trainings',
    path: 'programmeId',
    to: 'programmes',
    index: 'programmeId',
    onTargetDeleted: 'set-null',
    onUndoOfTarget: keep,
  },
] as const satisfies readonly Reference[];

/** Fields named like a reference that point at no record, each with the reason. */
export const NOT_REFERENCES: Readonly<Record<string, string>> = {
  'stakeholders.categoryId':
    'mostly a built-in category (shared/domain/categories.ts), which is no record; an unknown one is shown as its id',
  'trainings.formerAttendees[].categoryId':
    'the kind of work a former attendee did, copied at their deletion: a record of then, whatever becomes of the category',
  'mapPositions.viewId': 'a layout of the main map ("default:<layout>"), not a saved view',
  'history.recordIds[]':
    'the records an entry is about, in any table: the history outlives them (a deletion is an entry of its own)',
};

/** Reads a registry path; every string found there, whatever else the record holds. */
export function valuesAt(record: unknown, path: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, parts: readonly string[]): void => {
    if (parts.length === 0) {
      if (typeof value === 'string' && value !== '') found.push(value);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const [head = '', ...rest] = parts;
    const isEach = head.endsWith('[]');
    const key = isEach ? head.slice(0, -2) : head;
    // Own fields only: a record never reaches into its prototype (`__proto__`, `constructor`).
    const field = Object.prototype.hasOwnProperty.call(value, key)
      ? (value as Record<string, unknown>)[key]
      : undefined;
    if (!isEach) visit(field, rest);
    else if (Array.isArray(field)) for (const item of field) visit(item, rest);
  };
  visit(record, path.split('.'));
  return found;
}

/**
 * The record without the `ids` at a registry path, as a deletion of what they point at leaves
 * it: a single field becomes null (`ownerId`); an id leaves its list (`targetIds[]`); a list
 * item that holds one in a field goes whole (`parties[].stakeholderId`: the party). Copies
 * only what changes; the same record back when nothing does. Own fields only, like valuesAt.
 */
export function withoutIdsAt<Row>(record: Row, path: string, ids: ReadonlySet<string>): Row {
  const holdsRemovedId = (item: unknown, parts: readonly string[]) =>
    parts.length === 0
      ? typeof item === 'string' && ids.has(item)
      : valuesAt(item, parts.join('.')).some((id) => ids.has(id));
  const visit = (value: unknown, parts: readonly string[]): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const [head = '', ...rest] = parts;
    const isEach = head.endsWith('[]');
    const key = isEach ? head.slice(0, -2) : head;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return value;
    const field = (value as Record<string, unknown>)[key];
    let next: unknown;
    if (!isEach)
      next = rest.length === 0 ? (typeof field === 'string' && ids.has(field) ? null : field) : visit(field, rest);
    else if (!Array.isArray(field)) next = field;
    else if (rest.every((part) => !part.endsWith('[]'))) {
      const kept = field.filter((item: unknown) => !holdsRemovedId(item, rest));
      next = kept.length === field.length ? field : kept;
    } else {
      const items = field.map((item: unknown) => visit(item, rest));
      next = items.some((item, index) => item !== field[index]) ? items : field;
    }
    // Spread copies own keys only ("__proto__" included, as a plain key): nothing is polluted.
    return next === field ? value : { ...value, [key]: next };
  };
  return visit(record, path.split('.')) as Row;
}

/** The references a record of `table` holds, each with the id it points at. */
export function referencesIn(table: RecordTable, record: unknown): Array<{ reference: Reference; id: string }> {
  return REFERENCES.filter((reference) => reference.from === table).flatMap((reference) =>
    valuesAt(record, reference.path).map((id) => ({ reference, id })),
  );
}
