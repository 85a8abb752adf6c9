import type { Contact } from '../../shared/domain/contact';
import {
  contactsWithOrganisation,
  countContactsOf,
  listContactsOf,
  type ContactWithOrganisation,
} from './contactQueries';
import { useLiveRead } from './useLiveRead';

// Live hooks over contactQueries.ts: undefined while loading, then kept up to date.

/** A stakeholder's contact persons, by name. */
export function useContactsOf(stakeholderId: string): Contact[] | undefined {
  return useLiveRead((db) => listContactsOf(db, stakeholderId), [stakeholderId]);
}

export function useContactCountOf(stakeholderId: string): number | undefined {
  return useLiveRead((db) => countContactsOf(db, stakeholderId), [stakeholderId]);
}

/** Every contact person by name, with their organisation. */
export function useContactsWithOrganisation(): ContactWithOrganisation[] | undefined {
  return useLiveRead(contactsWithOrganisation, []);
}
