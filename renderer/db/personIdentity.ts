import type { Contact } from '../../shared/domain/contact';
import { emailKey, phoneKey, type PersonIdentity } from '../../shared/domain/mentions';
import type { PersonalDataTable } from '../../shared/domain/personalData';
import type { TramaDatabase } from './db';

// Who a contact person is, for finding their mentions: their name, and the emails and phones
// that are theirs alone. A switchboard or a shared inbox also belongs to someone else: its
// mentions may be about them, so it is not looked for, and the dialog says whose it also is.
// And the words that say where a mention is.

export interface SharedDetail {
  kind: 'email' | 'phone';
  /** As the person's record writes it. */
  detail: string;
  sharedWith: Array<{ id: string; name: string }>;
}

export async function identityOf(
  db: TramaDatabase,
  contact: Pick<Contact, 'id' | 'name' | 'emails' | 'phones'>,
): Promise<{ person: PersonIdentity; sharedDetails: SharedDetail[] }> {
  const emails = new Map(contact.emails.map((email) => [emailKey(email), email]));
  const phones = new Map(contact.phones.map((phone) => [phoneKey(phone), phone]));
  const shared = new Map<string, SharedDetail>();
  const share = (kind: SharedDetail['kind'], detail: string, other: Contact) => {
    const entry = shared.get(`${kind}:${detail}`) ?? { kind, detail, sharedWith: [] };
    if (!entry.sharedWith.some((known) => known.id === other.id))
      entry.sharedWith.push({ id: other.id, name: other.name });
    shared.set(`${kind}:${detail}`, entry);
  };
  if (emails.size + phones.size > 0) {
    await db.contacts.each((other) => {
      if (other.id === contact.id) return;
      for (const email of other.emails)
        if (emails.has(emailKey(email))) share('email', emails.get(emailKey(email))!, other);
      for (const phone of other.phones)
        if (phones.has(phoneKey(phone))) share('phone', phones.get(phoneKey(phone))!, other);
    });
  }
  const sharedDetails = [...shared.values()];
  const isShared = (kind: SharedDetail['kind'], detail: string) =>
    sharedDetails.some((entry) => entry.kind === kind && entry.detail === detail);
  return {
    person: {
      name: contact.name,
      emails: contact.emails.filter((email) => !isShared('email', email)),
      phones: contact.phones.filter((phone) => !isShared('phone', phone)),
    },
    sharedDetails,
  };
}

const MAX_LABEL_LENGTH = 80;
const shortened = (label: string) => (label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH)}…` : label);

/** A category's label in both languages: the dialog shows the one of the interface. */
export function localLabelsOf(row: Record<string, unknown>): { it: string; en: string } | undefined {
  const labels = row.labels;
  if (typeof labels !== 'object' || labels === null) return undefined;
  const { it, en } = labels as Record<string, unknown>;
  return typeof it === 'string' && typeof en === 'string' ? { it: shortened(it), en: shortened(en) } : undefined;
}

/** What names the record in the list of mentions: a title or name; a relationship by its two ends. */
export async function labelOf(
  db: TramaDatabase,
  table: PersonalDataTable,
  row: Record<string, unknown>,
  stakeholderNames: Map<string, string>,
): Promise<string> {
  if (table === 'relationships') {
    const ends = [row.sourceId, row.targetId].filter((id): id is string => typeof id === 'string');
    for (const id of ends) {
      if (!stakeholderNames.has(id)) stakeholderNames.set(id, (await db.stakeholders.get(id))?.name ?? '?');
    }
    return shortened(ends.map((id) => stakeholderNames.get(id)).join(' → '));
  }
  const label =
    [row.title, row.name, row.text, localLabelsOf(row)?.it].find(
      (value): value is string => typeof value === 'string' && value !== '',
    ) ?? '';
  return shortened(label);
}
