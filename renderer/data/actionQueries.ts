import type { AdvocacyAction, FollowUp } from '../../shared/domain/action';
import type { Contact } from '../../shared/domain/contact';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import {
  contactIdsOf,
  contactsByIds,
  contactsOfAny,
  withOrganisationNames,
  type ContactWithOrganisation,
} from './contactQueries';
import { stakeholdersByIds } from './stakeholderQueries';

// Reads of the actions and follow-ups tables; the screens use the hooks of useActionQueries.ts.

/** Every follow-up not yet done, in no particular order. */
export function listOpenFollowUps(db: TramaDatabase): Promise<FollowUp[]> {
  // null is not indexable in IndexedDB, so open follow-ups are found by a scan.
  return db.followUps.filter((followUp) => followUp.doneOn === null).toArray();
}

/** An action's follow-ups, by due date. */
export function listFollowUpsOf(db: TramaDatabase, actionId: string): Promise<FollowUp[]> {
  return db.followUps.where('actionId').equals(actionId).sortBy('dueDate');
}

/** The actions that target a stakeholder, newest first. */
export function listActionsTargeting(db: TramaDatabase, stakeholderId: string): Promise<AdvocacyAction[]> {
  return db.actions.where('targetIds').equals(stakeholderId).reverse().sortBy('date');
}

/** The action, or null when there is none with this id. */
export async function findAction(db: TramaDatabase, id: string): Promise<AdvocacyAction | null> {
  return (await db.actions.get(id)) ?? null;
}

/** Actions still to be carried out. */
export function plannedActions(db: TramaDatabase): Promise<AdvocacyAction[]> {
  return db.actions.where('status').equals('planned').toArray();
}

/** What the actions list shows: every action and the open follow-ups counted beside them. */
export interface ActionList {
  actions: AdvocacyAction[];
  openFollowUps: FollowUp[];
}

export async function actionList(db: TramaDatabase): Promise<ActionList> {
  const [actions, openFollowUps] = await Promise.all([db.actions.toArray(), listOpenFollowUps(db)]);
  return { actions, openFollowUps };
}

/** An action with its follow-ups, the targets that exist and the participants that exist with their organisations. */
export interface ActionDetail {
  action: AdvocacyAction;
  followUps: FollowUp[];
  targets: Stakeholder[];
  participants: ContactWithOrganisation[];
}

/** The action and what its page shows with it, or null when there is none with this id. */
export async function actionDetail(db: TramaDatabase, id: string): Promise<ActionDetail | null> {
  const action = await db.actions.get(id);
  if (!action) return null;
  const [followUps, targets, participants] = await Promise.all([
    listFollowUpsOf(db, id),
    stakeholdersByIds(db, action.targetIds),
    contactsByIds(db, action.participantIds),
  ]);
  return {
    action,
    followUps,
    targets: targets.filter((row) => row !== undefined),
    participants: await withOrganisationNames(db, participants),
  };
}

/** An open follow-up with its action (undefined if the action is gone). */
export interface FollowUpWithAction {
  followUp: FollowUp;
  action: AdvocacyAction | undefined;
}

/** Every open follow-up with its action, in no particular order. */
export async function openFollowUpsWithActions(db: TramaDatabase): Promise<FollowUpWithAction[]> {
  const followUps = await listOpenFollowUps(db);
  const actions = await db.actions.bulkGet([...new Set(followUps.map((followUp) => followUp.actionId))]);
  const actionById = new Map(actions.flatMap((action) => (action ? [[action.id, action] as const] : [])));
  return followUps.map((followUp) => ({ followUp, action: actionById.get(followUp.actionId) }));
}

/** The actions that involved a stakeholder, their follow-ups, and the ids of its contact persons. */
export interface StakeholderActivity {
  /** Newest first; the same day in a stable order. */
  actions: AdvocacyAction[];
  followUps: FollowUp[];
  contactIds: string[];
}

/** Newest first; the same day in a stable order. */
function newestFirst(left: AdvocacyAction, right: AdvocacyAction): number {
  return right.date.localeCompare(left.date) || left.id.localeCompare(right.id);
}

/** The actions where the stakeholder was a target or one of its contacts took part (involvesStakeholder). */
export async function stakeholderActivity(db: TramaDatabase, stakeholderId: string): Promise<StakeholderActivity> {
  const [targeting, contactIds] = await Promise.all([
    listActionsTargeting(db, stakeholderId),
    contactIdsOf(db, stakeholderId),
  ]);
  const withContacts = contactIds.length
    ? await db.actions.where('participantIds').anyOf(contactIds).distinct().toArray()
    : [];
  const byId = new Map([...targeting, ...withContacts].map((action) => [action.id, action]));
  const actions = [...byId.values()].sort(newestFirst);
  const followUps = actions.length
    ? await db.followUps
        .where('actionId')
        .anyOf(actions.map((action) => action.id))
        .toArray()
    : [];
  return { actions, followUps, contactIds };
}

/** Who may be ticked as a participant: each target's contact persons, and the others already chosen. */
export interface ParticipantChoices {
  /** Targets with at least one contact person, their contacts by name. */
  groups: Array<{ stakeholder: Stakeholder; contacts: Contact[] }>;
  /** Chosen participants who are not a target's contact person. */
  others: Contact[];
}

export async function participantChoices(
  db: TramaDatabase,
  targetIds: readonly string[],
  participantIds: readonly string[],
): Promise<ParticipantChoices> {
  const [targets, targetContacts, chosen] = await Promise.all([
    stakeholdersByIds(db, targetIds),
    contactsOfAny(db, targetIds),
    contactsByIds(db, participantIds),
  ]);
  const contactsOf = (stakeholderId: string) =>
    targetContacts
      .filter((contact) => contact.stakeholderId === stakeholderId)
      .sort((a, b) => a.name.localeCompare(b.name));
  const groups = targets.flatMap((target) =>
    target ? [{ stakeholder: target, contacts: contactsOf(target.id) }] : [],
  );
  const offered = new Set(targetContacts.map((contact) => contact.id));
  const others = chosen.flatMap((contact) => (contact && !offered.has(contact.id) ? [contact] : []));
  return { groups: groups.filter((group) => group.contacts.length > 0), others };
}
