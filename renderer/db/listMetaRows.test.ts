import { describe, expect, it } from 'vitest';
import { COPIES_PENDING_META_KEY, ERASED_CONTACTS_META_KEY } from '../../shared/domain/personalData';
import { undoListElements } from './listMetaRows';

const erased = (...ids: string[]) => ({ key: ERASED_CONTACTS_META_KEY, value: ids });
const left = (row: unknown) => ({ kind: 'row', row }) as const;
const entry = (contactId: string, field = 'notes') => ({
  contactId,
  places: [{ table: 'stakeholders', id: 's1', field }],
});
const pending = (...entries: unknown[]) => ({ key: COPIES_PENDING_META_KEY, value: entries });

describe('undo of a shared list row, element by element', () => {
  it('takes out what the change added and keeps what others added since, in the list’s order', () => {
    expect(
      undoListElements(ERASED_CONTACTS_META_KEY, erased('c'), left(erased('a', 'c')), erased('a', 'b', 'c')),
    ).toEqual({ kind: 'put', row: erased('b', 'c') });
  });

  it('deletes the row when nothing is left, and writes nothing when the list already is as Undo would leave it', () => {
    expect(undoListElements(ERASED_CONTACTS_META_KEY, undefined, left(erased('a')), erased('a'))).toEqual({
      kind: 'delete',
    });
    expect(undoListElements(COPIES_PENDING_META_KEY, undefined, left(pending(entry('a'))), undefined)).toEqual({
      kind: 'keep',
    });
    expect(
      undoListElements(
        COPIES_PENDING_META_KEY,
        pending(entry('b')),
        left(pending(entry('b'), entry('a'))),
        pending(entry('b')),
      ),
    ).toEqual({ kind: 'keep' });
  });

  it('puts back an element the change removed or replaced, unless the list holds one with its id again', () => {
    expect(
      undoListElements(
        COPIES_PENDING_META_KEY,
        pending(entry('a', 'notes'), entry('b')),
        left(pending(entry('a', 'agenda'))),
        pending(entry('a', 'agenda'), entry('c')),
      ),
    ).toEqual({ kind: 'put', row: pending(entry('c'), entry('a', 'notes'), entry('b')) });
    expect(undoListElements(ERASED_CONTACTS_META_KEY, erased('a', 'b'), left(erased('a')), erased('a', 'b'))).toEqual({
      kind: 'keep',
    });
  });

  it('leaves to the whole-row rule a row it cannot read element by element, and every other key', () => {
    expect(
      undoListElements(ERASED_CONTACTS_META_KEY, undefined, left(erased('a')), {
        key: ERASED_CONTACTS_META_KEY,
        value: 'a',
      }),
    ).toBeUndefined();
    expect(
      undoListElements(COPIES_PENDING_META_KEY, undefined, left(pending(entry('a'))), pending({ id: 'a' })),
    ).toBeUndefined();
    expect(
      undoListElements(ERASED_CONTACTS_META_KEY, undefined, { kind: 'updatedAt', updatedAt: 'x' }, undefined),
    ).toBeUndefined();
    expect(undoListElements('sample', undefined, left({ key: 'sample', value: [] }), undefined)).toBeUndefined();
    expect(
      undoListElements('constructor', undefined, left({ key: 'constructor', value: [] }), undefined),
    ).toBeUndefined();
  });
});
