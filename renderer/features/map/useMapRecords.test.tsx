import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { relationshipInput, stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createRelationship } from '../../db/repositories/relationships';
import { createStakeholder } from '../../db/repositories/stakeholders';
import type { MapRecords } from './mapModel';
import { relationshipEnds } from './mapTieIndex';
import { useMapRecords } from './useMapRecords';

afterEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

const FIRST_ANSWER = { timeout: 5000 };

describe('useMapRecords', () => {
  it('hands over the records, then keeps showing them while an edit is read and prepared', async () => {
    const asl = await createStakeholder(db, stakeholderInput({ name: 'ASL Napoli 1 Centro' }));
    const cas = await createStakeholder(db, stakeholderInput({ name: 'CAS Esempio', categoryId: 'reception-centre' }));
    await createRelationship(db, relationshipInput(asl.id, cas.id));
    const seen: Array<MapRecords | undefined> = [];
    const { result } = renderHook(() => {
      const records = useMapRecords();
      seen.push(records);
      return records;
    });
    await waitFor(() => expect(result.current?.stakeholders).toHaveLength(2), FIRST_ANSWER);
    const first = result.current!;
    const ends = relationshipEnds(first.stakeholders, first.relationships);
    expect([...ends.sources, ...ends.targets].sort()).toEqual([0, 1]);

    await createStakeholder(db, stakeholderInput({ name: 'Comune di Caserta', categoryId: 'municipality' }));
    await waitFor(() => expect(result.current?.stakeholders).toHaveLength(3));
    const afterFirst = seen.slice(seen.indexOf(first));
    expect(afterFirst.every((records) => records !== undefined)).toBe(true);
  });
});
