import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { fromAgreementRow } from '../../db/repositories/agreements';
import type { MapRecords } from './mapModel';

/** Everything the map draws, read live: an edit anywhere shows on the map at once. */
export function useMapRecords(): MapRecords | undefined {
  return useLiveQuery(async () => {
    const [stakeholders, relationships, agreementRows] = await Promise.all([
      db.stakeholders.toArray(),
      db.relationships.toArray(),
      db.agreements.toArray(),
    ]);
    return { stakeholders, relationships, agreements: agreementRows.map(fromAgreementRow) };
  }, []);
}
