import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_TABLES } from './entities';
import {
  CONTACT_ID_LISTS,
  COPIES_PENDING_META_KEY,
  COPY_STORE_NAMES,
  FREE_TEXT_FIELDS,
  PERSONAL_DATA_COPIES,
  PERSONAL_DATA_FIELDS,
  PERSONAL_DATA_TABLES,
  PRIVACY_INSTALLATION_META_KEYS,
} from './personalData';
import { REFERENCES } from './references';
import { schemaFields } from './schemaFields';

// The registry must classify every field that may hold a string, in every table Trama
// stores. This walks the zod schemas themselves: a new field, or a new table, fails here
// until someone decides whether it may hold a person's name, email or phone.

describe('the registry of where personal data lives', () => {
  it('has exactly the tables of the registry of entities', () => {
    expect([...PERSONAL_DATA_TABLES].sort()).toEqual([...ENTITY_TABLES].sort());
  });

  it.each(ENTITY_TABLES)('classifies every string field of %s, and no field that does not exist', (table) => {
    const paths = schemaFields(ENTITIES[table].schema)
      .filter((field) => field.holdsString)
      .map((field) => field.path);
    expect(Object.keys(PERSONAL_DATA_FIELDS[table]).sort()).toEqual(paths.sort());
  });

  it('searches briefing agendas, notes, objectives, outcomes and follow-up texts', () => {
    const freeText = FREE_TEXT_FIELDS.flatMap(({ table, fields }) => fields.map((field) => `${table}.${field}`));
    for (const field of [
      'briefings.agenda',
      'briefings.title',
      'stakeholders.notes',
      'contacts.notes',
      'relationships.notes',
      'agreements.notes',
      'actions.objective',
      'actions.outcome',
      'actions.title',
      'followUps.text',
    ]) {
      expect(freeText).toContain(field);
    }
  });

  it('knows the lists that refer to contact persons (what the cascade updates)', () => {
    expect(CONTACT_ID_LISTS).toContainEqual({ table: 'actions', path: 'participantIds[]' });
    // Each is a reference to contacts, and every list referring to contacts is one: an
    // erasure takes the person out of exactly these.
    const listsOfContacts = REFERENCES.filter(
      (reference) => reference.to === 'contacts' && reference.path.endsWith('[]'),
    ).map((reference) => ({ table: reference.from, path: reference.path }));
    expect(CONTACT_ID_LISTS).toEqual(listsOfContacts);
  });

  it('says where each reachable copy is found, and that a copy taken elsewhere is found nowhere', () => {
    for (const copy of PERSONAL_DATA_COPIES) expect(copy.stores.length > 0, copy.id).toBe(copy.reachable);
    expect([...COPY_STORE_NAMES]).toEqual(['desktop', 'upgrade', 'safety']);
  });

  it('keeps the copies still to check as installation bookkeeping, like the erased ids', () => {
    expect(COPIES_PENDING_META_KEY).toBe('privacy.copiesPending');
    expect([...PRIVACY_INSTALLATION_META_KEYS]).toEqual(['privacy.erasedContactIds', 'privacy.copiesPending']);
  });
});
