import { createMentionMatcher, emailKey, phoneKey, type PersonIdentity } from '../domain/mentions';
import { PERSON_TABLE } from '../domain/personalData';

// Who the erased person is in one copy. A copy may be older than the database: the
// person's record there may hold an email or phone since removed, and other records may
// share one (a switchboard, a shared inbox, or the same person entered twice). And what of
// them a plain search finds in a copy that cannot be read as a backup.

export interface SamePerson {
  id: string;
  name: string;
}

export type Trace = 'id' | 'email' | 'phone';

interface IdentityRequest {
  contactId: string;
  person: PersonIdentity;
  sharedDetails?: { emails: readonly string[]; phones: readonly string[] } | undefined;
}

const MAX_SAME_PERSON = 20;

const ID_CHARACTER = /[\p{L}\p{N}_-]/u;
const isIdCharacter = (character: string | undefined) => character !== undefined && ID_CHARACTER.test(character);

/**
 * Whether the text holds the id as a whole ("sample-contact-1" is not in "sample-contact-12"
 * nor in "sample-contact-1.5"; a full stop after it ends a sentence).
 */
export function holdsId(text: string, id: string): boolean {
  for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
    const end = at + id.length;
    const isJoinedBefore = isIdCharacter(text[at - 1]) || (text[at - 1] === '.' && isIdCharacter(text[at - 2]));
    const isJoinedAfter = isIdCharacter(text[end]) || (text[end] === '.' && isIdCharacter(text[end + 1]));
    if (!isJoinedBefore && !isJoinedAfter) return true;
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The person as this copy knows them — the request's details and those of their record in
 * the copy, less any email or phone another record also has — and the records that share one.
 */
export function copyIdentity(
  tables: Record<string, unknown>,
  request: IdentityRequest,
): { person: PersonIdentity; samePerson: SamePerson[] } {
  const contacts = Array.isArray(tables[PERSON_TABLE]) ? (tables[PERSON_TABLE] as unknown[]).filter(isRecord) : [];
  const own = contacts.find((row) => row.id === request.contactId);
  const emails = [...request.person.emails, ...strings(own?.emails)];
  const phones = [...request.person.phones, ...strings(own?.phones)];
  const emailKeys = new Set(emails.map(emailKey));
  const phoneKeys = new Set(phones.map(phoneKey).filter((key) => key !== ''));
  const sharedEmails = new Set((request.sharedDetails?.emails ?? []).map(emailKey));
  const sharedPhones = new Set((request.sharedDetails?.phones ?? []).map(phoneKey));
  const samePerson: SamePerson[] = [];
  for (const row of contacts) {
    if (row.id === request.contactId || typeof row.id !== 'string') continue;
    const sharedEmail = strings(row.emails)
      .map(emailKey)
      .filter((key) => emailKeys.has(key));
    const sharedPhone = strings(row.phones)
      .map(phoneKey)
      .filter((key) => phoneKeys.has(key));
    for (const key of sharedEmail) sharedEmails.add(key);
    for (const key of sharedPhone) sharedPhones.add(key);
    if ((sharedEmail.length > 0 || sharedPhone.length > 0) && samePerson.length < MAX_SAME_PERSON)
      samePerson.push({ id: row.id, name: typeof row.name === 'string' ? row.name : '' });
  }
  const name = request.person.name.trim() !== '' ? request.person.name : typeof own?.name === 'string' ? own.name : '';
  return {
    person: {
      name,
      emails: [...new Set(emails)].filter((email) => !sharedEmails.has(emailKey(email))),
      phones: [...new Set(phones)].filter((phone) => !sharedPhones.has(phoneKey(phone))),
    },
    samePerson,
  };
}

/** What of the person a plain search finds in a text that is not a readable backup. */
export function tracesOf(text: string, request: IdentityRequest): Trace[] {
  const traces: Trace[] = [];
  const idInJson = JSON.stringify(request.contactId).slice(1, -1);
  if (idInJson !== '' && holdsId(text, idInJson)) traces.push('id');
  const lower = text.toLowerCase();
  if (request.person.emails.some((email) => emailKey(email).length >= 3 && lower.includes(emailKey(email))))
    traces.push('email');
  const phones = createMentionMatcher({ name: '', emails: [], phones: request.person.phones });
  if (request.person.phones.length > 0 && phones.find(text).length > 0) traces.push('phone');
  return traces;
}
