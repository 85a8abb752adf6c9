import type { AdvocacyAction } from '../../shared/domain/action';
import type { Briefing } from '../../shared/domain/briefing';
import type { Contact } from '../../shared/domain/contact';
import type { MapPosition } from '../../shared/domain/organisation';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { AgreementRow, TramaDatabase } from './db';
import type { TableName } from './schema';
import { nowIso } from './timestamps';
import { emptyChange, recordBefore, type UndoableChange } from './undo';

// Referential integrity (DESIGN §2): deleting a stakeholder or a contact takes with it
// everything that would otherwise point at nothing. The plan is computed first, so the
// confirmation dialog shows exactly what the deletion will do.

export interface DeletionPlan {
  stakeholders: Stakeholder[];
  contacts: Contact[];
  relationships: Relationship[];
  /** Agreements left with fewer than two parties: they go too. */
  agreementsDeleted: AgreementRow[];
  /** Agreements that keep two or more parties: the deleted ones leave the party list. */
  agreementsChanged: Array<{ before: AgreementRow; after: AgreementRow }>;
  /** Actions whose targets or participants lose someone. */
  actionsChanged: Array<{ before: AdvocacyAction; after: AdvocacyAction }>;
  positions: MapPosition[];
  /** Hand-picked briefings left with no attendee: they go too. */
  briefingsDeleted: Briefing[];
  /** Hand-picked briefings that keep other attendees. */
  briefingsChanged: Array<{ before: Briefing; after: Briefing }>;
}

export interface DeletionSummary {
  stakeholders: number;
  contacts: number;
  relationships: number;
  agreementsDeleted: number;
  agreementsChanged: number;
  actionsChanged: number;
  briefingsDeleted: number;
  briefingsChanged: number;
}

export const CASCADE_TABLES = [
  'stakeholders',
  'contacts',
  'relationships',
  'agreements',
  'actions',
  'mapPositions',
  'briefings',
] as const satisfies readonly TableName[];

export function summarise(plan: DeletionPlan): DeletionSummary {
  return {
    stakeholders: plan.stakeholders.length,
    contacts: plan.contacts.length,
    relationships: plan.relationships.length,
    agreementsDeleted: plan.agreementsDeleted.length,
    agreementsChanged: plan.agreementsChanged.length,
    actionsChanged: plan.actionsChanged.length,
    briefingsDeleted: plan.briefingsDeleted.length,
    briefingsChanged: plan.briefingsChanged.length,
  };
}

function withoutIds(list: readonly string[], removed: ReadonlySet<string>): string[] {
  return list.filter((id) => !removed.has(id));
}

async function planActionChanges(
  db: TramaDatabase,
  stakeholderIds: ReadonlySet<string>,
  contactIds: ReadonlySet<string>,
): Promise<DeletionPlan['actionsChanged']> {
  const [byTarget, byParticipant] = await Promise.all([
    stakeholderIds.size ? db.actions.where('targetIds').anyOf([...stakeholderIds]).toArray() : [],
    contactIds.size ? db.actions.where('participantIds').anyOf([...contactIds]).toArray() : [],
  ]);
  const affected = new Map([...byTarget, ...byParticipant].map((action) => [action.id, action]));
  const updatedAt = nowIso();
  return [...affected.values()].map((before) => ({
    before,
    after: {
      ...before,
      targetIds: withoutIds(before.targetIds, stakeholderIds),
      participantIds: withoutIds(before.participantIds, contactIds),
      updatedAt,
    },
  }));
}

export async function planStakeholderDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionPlan> {
  const idSet = new Set(ids);
  const [stakeholders, contacts, outgoing, incoming, agreements, positions, briefings] = await Promise.all([
    db.stakeholders.bulkGet([...idSet]),
    db.contacts.where('stakeholderId').anyOf([...idSet]).toArray(),
    db.relationships.where('sourceId').anyOf([...idSet]).toArray(),
    db.relationships.where('targetId').anyOf([...idSet]).toArray(),
    db.agreements.where('partyIds').anyOf([...idSet]).distinct().toArray(),
    db.mapPositions.where('stakeholderId').anyOf([...idSet]).toArray(),
    // Few briefings, no index on their source: a scan is fine.
    db.briefings.filter((row) => row.source.kind === 'stakeholders' && row.source.stakeholderIds.some((id) => idSet.has(id))).toArray(),
  ]);
  const relationships = [...new Map([...outgoing, ...incoming].map((row) => [row.id, row])).values()];
  const plan: DeletionPlan = {
    stakeholders: stakeholders.filter((row): row is Stakeholder => row !== undefined),
    contacts,
    relationships,
    agreementsDeleted: [],
    agreementsChanged: [],
    actionsChanged: await planActionChanges(db, idSet, new Set(contacts.map((contact) => contact.id))),
    positions,
    briefingsDeleted: [],
    briefingsChanged: [],
  };
  const updatedAt = nowIso();
  for (const briefing of briefings) {
    if (briefing.source.kind !== 'stakeholders') continue;
    const stakeholderIds = withoutIds(briefing.source.stakeholderIds, idSet);
    if (stakeholderIds.length === 0) plan.briefingsDeleted.push(briefing);
    else plan.briefingsChanged.push({ before: briefing, after: { ...briefing, source: { kind: 'stakeholders', stakeholderIds }, updatedAt } });
  }
  for (const agreement of agreements) {
    const parties = agreement.parties.filter((party) => !idSet.has(party.stakeholderId));
    if (parties.length < 2) {
      plan.agreementsDeleted.push(agreement);
    } else {
      const after = { ...agreement, parties, partyIds: parties.map((party) => party.stakeholderId), updatedAt };
      plan.agreementsChanged.push({ before: agreement, after });
    }
  }
  return plan;
}

export async function planContactDeletion(db: TramaDatabase, ids: readonly string[]): Promise<DeletionPlan> {
  const contacts = (await db.contacts.bulkGet([...ids])).filter((row): row is Contact => row !== undefined);
  return {
    stakeholders: [],
    contacts,
    relationships: [],
    agreementsDeleted: [],
    agreementsChanged: [],
    actionsChanged: await planActionChanges(db, new Set(), new Set(contacts.map((contact) => contact.id))),
    positions: [],
    briefingsDeleted: [],
    briefingsChanged: [],
  };
}

/** Applies a plan; call inside a rw transaction over CASCADE_TABLES. */
export async function applyDeletionPlan(db: TramaDatabase, plan: DeletionPlan): Promise<UndoableChange> {
  const change = emptyChange();
  recordBefore(change, 'stakeholders', plan.stakeholders);
  recordBefore(change, 'contacts', plan.contacts);
  recordBefore(change, 'relationships', plan.relationships);
  recordBefore(change, 'agreements', [...plan.agreementsDeleted, ...plan.agreementsChanged.map((entry) => entry.before)]);
  recordBefore(change, 'actions', plan.actionsChanged.map((entry) => entry.before));
  recordBefore(change, 'mapPositions', plan.positions);
  recordBefore(change, 'briefings', [...plan.briefingsDeleted, ...plan.briefingsChanged.map((entry) => entry.before)]);

  await db.stakeholders.bulkDelete(plan.stakeholders.map((row) => row.id));
  await db.contacts.bulkDelete(plan.contacts.map((row) => row.id));
  await db.relationships.bulkDelete(plan.relationships.map((row) => row.id));
  await db.agreements.bulkDelete(plan.agreementsDeleted.map((row) => row.id));
  await db.agreements.bulkPut(plan.agreementsChanged.map((entry) => entry.after));
  await db.actions.bulkPut(plan.actionsChanged.map((entry) => entry.after));
  await db.mapPositions.bulkDelete(plan.positions.map((row) => [row.viewId, row.stakeholderId] as [string, string]));
  await db.briefings.bulkDelete(plan.briefingsDeleted.map((row) => row.id));
  await db.briefings.bulkPut(plan.briefingsChanged.map((entry) => entry.after));
  return change;
}
