import type { Agreement } from '../../shared/domain/agreement';
import type { Programme } from '../../shared/domain/organisation';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import { fromAgreementRow } from '../db/agreementRows';
import { listProgrammes, programmeNames } from './organisationQueries';
import { allStakeholders, stakeholdersByIds } from './stakeholderQueries';

// Reads of the agreements table, as domain Agreements (never the stored row with its index
// mirror). The screens use the hooks of useAgreementQueries.ts.

/** Every agreement. */
export async function listAgreements(db: TramaDatabase): Promise<Agreement[]> {
  return (await db.agreements.toArray()).map(fromAgreementRow);
}

/** The agreements a stakeholder is party to, in no particular order. */
export async function listAgreementsOf(db: TramaDatabase, stakeholderId: string): Promise<Agreement[]> {
  return (await db.agreements.where('partyIds').equals(stakeholderId).toArray()).map(fromAgreementRow);
}

/** The agreements a stakeholder is party to, by title. */
export async function agreementsOfByTitle(db: TramaDatabase, stakeholderId: string): Promise<Agreement[]> {
  return (await listAgreementsOf(db, stakeholderId)).sort((left, right) => left.title.localeCompare(right.title));
}

/** What the agreements list shows and filters on. */
export interface AgreementList {
  agreements: Agreement[];
  /** Every stakeholder by id: the parties' names and regions. */
  partiesById: ReadonlyMap<string, Stakeholder>;
  programmes: Programme[];
}

export async function agreementList(db: TramaDatabase): Promise<AgreementList> {
  const [agreements, stakeholders, programmes] = await Promise.all([
    listAgreements(db),
    allStakeholders(db),
    listProgrammes(db),
  ]);
  return {
    agreements,
    partiesById: new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder])),
    programmes,
  };
}

/** An agreement with its parties (position by position, undefined where one is gone) and its programmes' names. */
export interface AgreementDetail {
  agreement: Agreement;
  stakeholders: Array<Stakeholder | undefined>;
  programmes: string[];
}

/** The agreement and what its page shows with it, or null when there is none with this id. */
export async function agreementDetail(db: TramaDatabase, id: string): Promise<AgreementDetail | null> {
  const row = await db.agreements.get(id);
  if (!row) return null;
  const agreement = fromAgreementRow(row);
  const [stakeholders, programmes] = await Promise.all([
    stakeholdersByIds(
      db,
      agreement.parties.map((party) => party.stakeholderId),
    ),
    programmeNames(db, agreement.programmeIds),
  ]);
  return { agreement, stakeholders, programmes };
}
