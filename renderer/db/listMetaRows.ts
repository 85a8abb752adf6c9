import { COPIES_PENDING_META_KEY, ERASED_CONTACTS_META_KEY } from '../../shared/domain/personalData';
import { isSameValue } from '../../shared/domain/recordIdentity';
import type { RowStamp } from './rowStamps';
import type { TableName } from './schema';

// Meta rows holding a list that changes of one kind share: every erasure adds its person to
// the erased contacts' ids and to the reminder of copies to check, and takes them off again
// (a finished check, a teammate's Undo arriving by sync). Undo of one change takes back only
// the elements that change added or removed, keeping what others did to the list since; a
// whole-row restore would be refused as soon as anyone else touched the list. An element
// names a record: while Undo holds that record back ("undo the rest"), the person is still
// erased and the element stays. Every other row keeps the whole-row rule (undoPlan.ts).

interface ListMeta {
  /** The table of the record an element names, by its id. */
  names: TableName;
  /** What an element is: changes add and remove elements by this; undefined for an element not understood. */
  idOf(element: unknown): string | undefined;
  /** The order the list is kept in, if any. */
  arrange?(elements: unknown[]): unknown[];
}

const LIST_META: Readonly<Record<string, ListMeta>> = {
  [ERASED_CONTACTS_META_KEY]: {
    names: 'contacts',
    idOf: (element) => (typeof element === 'string' ? element : undefined),
    arrange: (elements) => [...(elements as string[])].sort(),
  },
  // One entry per erased person: an Undo takes that person's entry off, whatever its places.
  [COPIES_PENDING_META_KEY]: {
    names: 'contacts',
    idOf: (element) => {
      const contactId = (element as { contactId?: unknown } | null)?.contactId;
      return typeof contactId === 'string' ? contactId : undefined;
    },
  },
};

export function isListMetaKey(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(LIST_META, key);
}

type Elements = Map<string, unknown>;

/** A row's list by element id; undefined if it is not a list of elements this key understands. */
function elementsOf(list: ListMeta, row: unknown): Elements | undefined {
  if (row === undefined || row === null) return new Map();
  const value = (row as { value?: unknown }).value;
  if (!Array.isArray(value)) return undefined;
  const elements: Elements = new Map();
  for (const element of value) {
    const id = list.idOf(element);
    if (id === undefined) return undefined;
    elements.set(id, element);
  }
  return elements;
}

function elementsAfter(list: ListMeta, stamp: RowStamp | undefined): Elements | undefined {
  if (stamp?.kind === 'absent') return new Map();
  return stamp?.kind === 'row' ? elementsOf(list, stamp.row) : undefined;
}

/**
 * What Undo writes to a list row: `put` this row, `delete` the row (no element left), or
 * `keep` it as it is (it already holds what Undo would leave). Undefined when the list
 * cannot be read element by element (not a list key, an unknown shape): the row then
 * follows the whole-row rule.
 * @param before the row before the change (undefined if the change created it)
 * @param after how the change left the row (its write-log stamp)
 * @param current the row now
 * @param isKeptOut whether Undo leaves out the record of that table with that id (held back)
 */
export function undoListElements(
  key: string,
  before: unknown,
  after: RowStamp | undefined,
  current: unknown,
  isKeptOut: (table: TableName, id: string) => boolean = () => false,
): { kind: 'put'; row: { key: string; value: unknown[] } } | { kind: 'delete' } | { kind: 'keep' } | undefined {
  if (!isListMetaKey(key)) return undefined;
  const list = LIST_META[key]!;
  const then = elementsOf(list, before);
  const left = elementsAfter(list, after);
  const now = elementsOf(list, current);
  if (!then || !left || !now) return undefined;
  const isSame = (one: Elements, other: Elements, id: string) =>
    one.has(id) && other.has(id) && isSameValue(one.get(id), other.get(id));
  const undone = new Map(now);
  // An element the change added (or replaced) goes, whatever happened to it since, unless its record stays out.
  for (const id of left.keys()) if (!isSame(left, then, id) && !isKeptOut(list.names, id)) undone.delete(id);
  // An element the change removed (or replaced) comes back, unless the list holds one with its id again.
  for (const [id, element] of then) if (!isSame(then, left, id) && !undone.has(id)) undone.set(id, element);
  const elements = [...undone.values()];
  const value = list.arrange ? list.arrange(elements) : elements;
  if (value.length === 0) return current === undefined ? { kind: 'keep' } : { kind: 'delete' };
  const currentValue = (current as { value?: unknown } | undefined)?.value;
  return isSameValue(value, currentValue) ? { kind: 'keep' } : { kind: 'put', row: { key, value } };
}
