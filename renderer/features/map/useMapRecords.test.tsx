import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { useMapRecords, type MapData } from './useMapRecords';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

describe('useMapRecords', () => {
  it('hands over the records with their index, then keeps showing them while an edit is read and its index built', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio', categoryId: 'reception-centre' }));
    await createRelationship(db, relationshipInput(asl.id, cas.id));
    const seen: Array<MapData | undefined> = [];
    const { result } = renderHook(() => {
      const records = useMapRecords();
      seen.push(records);
      return records;
    });
    await waitFor(() => expect(result.current?.records.stakeholders).toHaveLength(2), FIRST_ANSWER);
    const first = result.current!;
    const { ends } = first.index;
    expect([...ends.sources, ...ends.targets].sort()).toEqual([0, 1]);

    await createStakeholder(db, stakeholderInput({ name: 'Comune di Caserta', categoryId: 'municipality' }));
    await waitFor(() => expect(result.current?.records.stakeholders).toHaveLength(3));
    const afterFirst = seen.slice(seen.indexOf(first));
    expect(afterFirst.every((data) => data !== undefined)).toBe(true);
    // Every hand-over carries the index of its own records, never one of an earlier read.
    for (const data of afterFirst) expect(data!.index.positionOf.size).toBe(data!.records.stakeholders.length);
    expect(result.current!.index).not.toBe(first.index);
    expect(result.current!.index.degrees.get(cas.id)).toBe(1);
  });
});
