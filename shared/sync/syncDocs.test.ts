import { describe, expect, it } from 'vitest';
import { stakeholderSchema } from '../domain/stakeholder';
import { docIdOf, isSyncedTable, parseDocId, parseIncomingDoc, syncDocBody } from './syncDocs';

const stakeholder = stakeholderSchema.parse({
  id: 's-1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  name: 'ASL Roma 1',
  categoryId: 'local-health-authority',
  level: 'local',
  region: 'lazio',
  province: 'RM',
  sector: 'health',
  influence: 4,
  interest: 3,
  attitude: 'supporter',
  guidelinesStage: 'aware',
});

const docOf = (record: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
  _id: docIdOf('stakeholders', String(record.id)),
  _rev: '1-abc',
  ...syncDocBody('stakeholders', { ...record, id: String(record.id) }, 'anna', '2026-12-01T10:00:00.000Z'),
  ...overrides,
});

describe('document ids', () => {
  it('names the table and the id, and splits at the first colon only', () => {
    expect(docIdOf('contacts', 'a:b')).toBe('contacts:a:b');
    expect(parseDocId('contacts:a:b')).toEqual({ table: 'contacts', id: 'a:b' });
  });

  it.each([
    ['mapPositions:v:s', 'a table that stays on one laptop'],
    ['meta:key', 'the bookkeeping table'],
    ['savedViews:x', 'a retired table'],
    ['__proto__:x', 'a prototype key'],
    ['constructor:x', 'an inherited name'],
    ['stakeholders:', 'an empty id'],
    ['stakeholders', 'no colon'],
    [`stakeholders:${'x'.repeat(65)}`, 'an id longer than any record id'],
    ['_design/trama', 'a design document'],
  ])('names no synced record for %s (%s)', (docId) => {
    expect(parseDocId(docId)).toBeNull();
  });

  it('knows the synced tables from the registry', () => {
    expect(isSyncedTable('stakeholders')).toBe(true);
    expect(isSyncedTable('mapPositions')).toBe(false);
    expect(isSyncedTable('toString')).toBe(false);
  });
});

describe('an incoming document', () => {
  it('gives the record through its schema', () => {
    const parsed = parseIncomingDoc(docOf(stakeholder));
    expect(parsed).toMatchObject({ kind: 'record', table: 'stakeholders', id: 's-1', record: stakeholder });
    expect(parsed.kind === 'record' && parsed.body.changedBy).toBe('anna');
  });

  it('gives a deletion without needing a body', () => {
    expect(parseIncomingDoc({ _id: 'contacts:c-1', _rev: '2-x', _deleted: true })).toEqual({
      kind: 'deleted',
      docId: 'contacts:c-1',
      table: 'contacts',
      id: 'c-1',
    });
  });

  it('drops keys the schema does not know, a __proto__ key among them, without touching any prototype', () => {
    const hostile = JSON.parse(
      JSON.stringify(docOf(stakeholder)).replace('"record":{', '"record":{"__proto__":{"polluted":true},"extra":1,'),
    ) as unknown;
    const parsed = parseIncomingDoc(hostile);
    expect(parsed.kind).toBe('record');
    if (parsed.kind !== 'record') return;
    expect(Object.keys(parsed.record)).not.toContain('__proto__');
    expect(Object.keys(parsed.record)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['not an object', 'a string', 'not-an-object'],
    ['an array', [docOf(stakeholder)], 'not-an-object'],
    ['no id', { table: 'stakeholders', record: stakeholder }, 'not-a-record'],
    ['an unsynced table', { ...docOf(stakeholder), _id: 'mapPositions:s-1' }, 'not-a-record'],
    ['an unknown table', { ...docOf(stakeholder), _id: 'people:s-1' }, 'not-a-record'],
    ['a design document', { _id: '_design/x', views: {} }, 'not-a-record'],
    ['a body naming another table', docOf(stakeholder, { table: 'contacts' }), 'table-mismatch'],
    ['a record of another id', docOf(stakeholder, { _id: 'stakeholders:s-2' }), 'id-mismatch'],
    ['no record', docOf(stakeholder, { record: undefined }), 'invalid-record'],
    ['a huge name', docOf({ ...stakeholder, name: 'x'.repeat(5_000_000) }), 'invalid-record'],
    ['an invalid region', docOf({ ...stakeholder, region: 'atlantis' }), 'invalid-record'],
    ['a contact body under a stakeholder id', docOf({ id: 's-1', name: 'Maria' }), 'invalid-record'],
    ['a long author name', docOf(stakeholder, { changedBy: 'a'.repeat(201) }), 'invalid-author'],
    ['no change time', docOf(stakeholder, { changedAt: 'yesterday' }), 'invalid-author'],
  ])('is set aside when it has %s', (_case, doc, reason) => {
    const parsed = parseIncomingDoc(doc);
    expect(parsed.kind).toBe('rejected');
    if (parsed.kind === 'rejected') expect(parsed.rejection.reason).toBe(reason);
  });

  it('keeps what it says about a document set aside short', () => {
    const parsed = parseIncomingDoc({ _id: `people:${'x'.repeat(100_000)}` });
    expect(parsed.kind === 'rejected' && parsed.rejection.docId.length).toBe(200);
    const invalid = parseIncomingDoc(docOf({ ...stakeholder, name: '', region: 'x', level: 'y', sector: 'z' }));
    expect(invalid.kind === 'rejected' && invalid.rejection.issues.length).toBeLessThanOrEqual(5);
    expect(invalid.kind === 'rejected' && invalid.rejection.issues[0]).toMatch(/^\w+: /);
  });
});
