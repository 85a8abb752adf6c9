import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { readInPages } from '../../db/readInPages';
import { fromAgreementRow } from '../../db/repositories/agreements';
import type { MapRecords } from './mapModel';
import { prepareMapIndexes } from './prepareMapIndexes';

/**
 * Everything the map draws, read live: an edit anywhere shows on the map at once. Records
 * are handed on once their indexes are built (prepareMapIndexes); until then the previous
 * ones stay, or, on the first load, none (the page says it is loading).
 */
export function useMapRecords(): MapRecords | undefined {
  const loaded = useLiveQuery(async () => {
    const [stakeholders, relationships, agreementRows] = await Promise.all([readInPages(db.stakeholders), readInPages(db.relationships), db.agreements.toArray()]);
    return { stakeholders, relationships, agreements: agreementRows.map(fromAgreementRow) };
  }, []);
  const [prepared, setPrepared] = useState<MapRecords | undefined>(undefined);
  useEffect(
    function prepareIndexes() {
      if (!loaded) return;
      let isCurrent = true;
      void prepareMapIndexes(loaded).then(() => {
        if (isCurrent) setPrepared(loaded);
      });
      return () => {
        isCurrent = false;
      };
    },
    [loaded],
  );
  return prepared;
}
