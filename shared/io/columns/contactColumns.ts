import { z } from 'zod';
import { contactFieldsSchema, isPhoneNumber, type Contact } from '../../domain/contact';
import { Refusal, listCell, splitList, type CellWords, type ColumnDescriptor } from './columnDescriptor';
import { LONGEST_EMAIL, longestList, longestText } from './schemaLimits';

// A contact person's columns, in the order of the export's contacts sheet. A stakeholder
// sheet may hold one contact person per row: the columns with an `import` are read from it
// under the import's names (contactName, contactRole…), which say whose column it is.

/** The contact person a stakeholder row holds. */
export interface ImportedContact {
  name: string;
  role: string;
  emails: string[];
  phones: string[];
}

export type ContactColumn = ColumnDescriptor<Contact, CellWords, ImportedContact, null>;

const contact = contactFieldsSchema.shape;
const EMAIL = z.email();
const isEmail = (value: string) => EMAIL.safeParse(value).success;

// A list separator inside brackets ("(int. 21, 22)") is part of the phone, when the bracket closes.
const PHONE_SEPARATOR = /(\n|[;,](?![^()\n]*\)))/;

/**
 * The phones of a cell or a form's field, split as any list but for the words around a phone
 * (docs/DESIGN.md §2): a separator inside brackets does not split, and a part that is no phone on
 * its own ("int. 21" after a comma) stays with the phone before it, separator and all.
 */
export function splitPhoneList(text: string): string[] {
  const pieces = text.split(PHONE_SEPARATOR);
  const phones: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const part = pieces[index]!.trim();
    if (!part) continue;
    const separator = pieces[index - 1] ?? '';
    if (phones.length > 0 && !isPhoneNumber(part))
      phones[phones.length - 1] += separator === '\n' ? ` ${part}` : `${separator} ${part}`;
    else phones.push(part);
  }
  return phones;
}

export const CONTACT_COLUMNS = [
  { key: 'id', type: 'text', header: { en: 'ID', it: 'ID' }, write: (c) => c.id },
  {
    key: 'stakeholder',
    type: 'text',
    header: { en: 'Stakeholder', it: 'Stakeholder' },
    write: (c, { stakeholderName }) => stakeholderName(c.stakeholderId),
  },
  {
    key: 'person',
    type: 'text',
    header: { en: 'Person', it: 'Persona' },
    write: (c) => c.name,
    import: {
      field: 'contactName',
      label: { en: 'Contact person', it: 'Referente' },
      aliases: [
        'referente',
        'contatto',
        'persona di riferimento',
        'nominativo',
        'contact',
        'contact person',
        'contact name',
        'referent',
      ],
      maxLength: longestText(contact.name),
      fills: ['name'],
      read: (name) => ({ name }),
      fallback: () => ({ name: '' }),
    },
  },
  {
    key: 'role',
    type: 'text',
    header: { en: 'Role', it: 'Ruolo' },
    write: (c) => c.role,
    import: {
      field: 'contactRole',
      label: { en: 'Contact’s role', it: 'Ruolo del referente' },
      aliases: ['ruolo', 'qualifica', 'incarico', 'funzione', 'role', 'position', 'job title', 'title'],
      maxLength: longestText(contact.role),
      fills: ['role'],
      read: (role) => ({ role }),
      fallback: () => ({ role: '' }),
    },
  },
  {
    key: 'emails',
    type: 'text',
    header: { en: 'Emails', it: 'Email' },
    isPersonal: true,
    write: (c) => listCell(c.emails),
    import: {
      field: 'contactEmail',
      label: { en: 'Contact’s email', it: 'Email del referente' },
      aliases: ['email', 'e mail', 'mail', 'posta elettronica', 'indirizzo email', 'pec', 'email address'],
      maxLength: longestList(contact.emails, LONGEST_EMAIL),
      fills: ['emails'],
      read: (text) => {
        const emails = splitList(text).map((email) => email.toLowerCase());
        return emails.every(isEmail) ? { emails } : new Refusal('invalid-email');
      },
      fallback: () => ({ emails: [] }),
    },
  },
  {
    key: 'phones',
    type: 'text',
    header: { en: 'Phones', it: 'Telefoni' },
    isPersonal: true,
    write: (c) => listCell(c.phones),
    import: {
      field: 'contactPhone',
      label: { en: 'Contact’s phone', it: 'Telefono del referente' },
      aliases: ['telefono', 'tel', 'cellulare', 'cell', 'recapito telefonico', 'phone', 'mobile', 'telephone'],
      maxLength: longestList(contact.phones),
      fills: ['phones'],
      read: (text) => ({ phones: splitPhoneList(text) }),
      fallback: () => ({ phones: [] }),
    },
  },
  { key: 'languages', type: 'text', header: { en: 'Languages', it: 'Lingue' }, write: (c) => listCell(c.languages) },
  {
    key: 'isPrimary',
    type: 'text',
    header: { en: 'Primary contact', it: 'Referente principale' },
    write: (c, { labels }) => (c.isPrimary ? labels.yes : labels.no),
  },
  {
    key: 'lawfulBasis',
    type: 'text',
    header: { en: 'Lawful basis', it: 'Base giuridica' },
    write: (c) => c.lawfulBasis,
  },
  { key: 'notes', type: 'text', header: { en: 'Notes', it: 'Note' }, write: (c) => c.notes },
] as const satisfies readonly ContactColumn[];

export type ContactColumnKey = (typeof CONTACT_COLUMNS)[number]['key'];
export type ContactImportField = Extract<(typeof CONTACT_COLUMNS)[number], { import: object }>['import']['field'];
