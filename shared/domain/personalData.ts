// Where personal data lives in Trama: every string field of every stored table, classified,
// and every copy of the data the app itself keeps. Erasure (GDPR Art. 17) and access
// (Art. 15) read this one registry; personalData.test.ts walks the domain schemas and fails
// when a string field appears that is not classified here.

/**
 * - `free-text`: typed by hand, so it may name anyone: searched for a person's name, email
 *   and phone; a mention can be replaced by a marker.
 * - `person`: a contact person's own details; they go with the person's record.
 * - `contact-ids`: ids of contact persons; an erased person's id leaves the list.
 * - `team-member`: a staff member's own details (the team, not the people it contacts).
 * - `fixed`: ids of other records, values from a closed list, dates, codes, URLs checked
 *   against a pattern: nothing a person's details could be typed into.
 * - `bookkeeping`: the app's own facts in `meta` (sample marker, onboarding, preferences,
 *   backup dates, schema upgrades) and the ids — never names — of erased contact persons,
 *   kept so that a restore or import can warn before bringing one back.
 * - `history`: earlier and later values of other fields (shared/domain/history.ts), any of
 *   them personal: an erasure takes the person's details and id out of every one.
 */
export type PersonalDataRole =
  'free-text' | 'person' | 'contact-ids' | 'team-member' | 'fixed' | 'bookkeeping' | 'history';

/**
 * Field paths: `a.b` is a nested object's field, `a[]` each item of a list. Only fields
 * that may hold a string are listed (numbers and booleans cannot hold a name).
 */
export const PERSONAL_DATA_FIELDS = {
  stakeholders: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    name: 'free-text',
    shortName: 'free-text',
    categoryId: 'fixed',
    level: 'fixed',
    region: 'fixed',
    province: 'fixed',
    city: 'free-text',
    sector: 'fixed',
    // A profile address may carry a name (…/in/mario-rossi).
    website: 'free-text',
    notes: 'free-text',
    'tags[]': 'free-text',
    'programmeIds[]': 'fixed',
    attitude: 'fixed',
    guidelinesStage: 'fixed',
  },
  contacts: {
    id: 'contact-ids',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    stakeholderId: 'fixed',
    name: 'person',
    'emails[]': 'person',
    'phones[]': 'person',
    'languages[]': 'person',
    // Another contact's role, notes or consent note may name the person.
    role: 'free-text',
    notes: 'free-text',
    lawfulBasis: 'free-text',
  },
  relationships: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    sourceId: 'fixed',
    targetId: 'fixed',
    type: 'free-text',
    status: 'fixed',
    since: 'fixed',
    until: 'fixed',
    notes: 'free-text',
  },
  agreements: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    title: 'free-text',
    kind: 'fixed',
    'parties[].stakeholderId': 'fixed',
    'parties[].role': 'fixed',
    status: 'fixed',
    signedOn: 'fixed',
    inForceFrom: 'fixed',
    expiresOn: 'fixed',
    documentRef: 'free-text',
    'programmeIds[]': 'fixed',
    notes: 'free-text',
  },
  actions: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    title: 'free-text',
    kind: 'fixed',
    date: 'fixed',
    'regions[]': 'fixed',
    programmeId: 'fixed',
    objective: 'free-text',
    'targetIds[]': 'fixed',
    'participantIds[]': 'contact-ids',
    ownerId: 'fixed',
    status: 'fixed',
    outcome: 'free-text',
  },
  followUps: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    actionId: 'fixed',
    text: 'free-text',
    dueDate: 'fixed',
    ownerId: 'fixed',
    doneOn: 'fixed',
  },
  programmes: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    name: 'free-text',
    shortName: 'free-text',
    description: 'free-text',
  },
  staff: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    name: 'team-member',
    role: 'team-member',
    email: 'team-member',
  },
  categories: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    'labels.it': 'free-text',
    'labels.en': 'free-text',
    defaultSector: 'fixed',
  },
  mapPositions: {
    viewId: 'fixed',
    stakeholderId: 'fixed',
  },
  meta: {
    key: 'bookkeeping',
    value: 'bookkeeping',
  },
  briefings: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    title: 'free-text',
    'source.kind': 'fixed',
    'source.actionId': 'fixed',
    'source.region': 'fixed',
    'source.stakeholderIds[]': 'fixed',
    'sections[]': 'fixed',
    programmeId: 'fixed',
    agenda: 'free-text',
    'addedStakeholderIds[]': 'fixed',
    'removedStakeholderIds[]': 'fixed',
    meetingDate: 'fixed',
    meetingPlace: 'free-text',
  },
  trainings: {
    id: 'fixed',
    createdAt: 'fixed',
    updatedAt: 'fixed',
    title: 'free-text',
    topic: 'free-text',
    date: 'fixed',
    endDate: 'fixed',
    region: 'fixed',
    programmeId: 'fixed',
    'trainerIds[]': 'fixed',
    'attendeeIds[]': 'contact-ids',
    notes: 'free-text',
    // Attendees deleted since: a random token and where they worked, nothing of the person.
    'formerAttendees[].token': 'fixed',
    'formerAttendees[].region': 'fixed',
    'formerAttendees[].sector': 'fixed',
    'formerAttendees[].categoryId': 'fixed',
  },
  history: {
    id: 'fixed',
    at: 'fixed',
    table: 'fixed',
    'recordIds[]': 'fixed',
    kind: 'fixed',
    by: 'team-member',
    source: 'fixed',
    'changes[].field': 'fixed',
    // Copies of other fields' values, whatever their role: an erasure takes the person out of
    // every one, without asking (shared/domain/history.ts eraseFromHistoryEntry).
    'changes[].before': 'history',
    'changes[].after': 'history',
  },
} as const satisfies Record<string, Record<string, PersonalDataRole>>;

export type PersonalDataTable = keyof typeof PERSONAL_DATA_FIELDS;
export const PERSONAL_DATA_TABLES = Object.keys(PERSONAL_DATA_FIELDS) as PersonalDataTable[];

/** Meta key of the ids of erased contact persons (renderer/db/erasedContacts.ts). */
export const ERASED_CONTACTS_META_KEY = 'privacy.erasedContactIds';

/**
 * Meta key of the erasures whose copies are not all checked yet: the contact's id and the
 * places (table, record id, field) whose mentions the user confirmed — ids only, never a
 * name. An erasure adds its entry in its own transaction and takes it off once every copy
 * was checked, so a closed dialog or a crash is remembered and the user reminded.
 */
export const COPIES_PENDING_META_KEY = 'privacy.copiesPending';

/**
 * Meta keys of this installation's privacy bookkeeping: a restore never takes them from a
 * backup and a replace keeps the local rows (shared/io/backup.ts INSTALLATION_META_KEYS).
 */
export const PRIVACY_INSTALLATION_META_KEYS = [ERASED_CONTACTS_META_KEY, COPIES_PENDING_META_KEY] as const;

/** The table whose rows are contact persons. */
export const PERSON_TABLE = 'contacts' satisfies PersonalDataTable;

export function fieldsWithRole(table: PersonalDataTable, role: PersonalDataRole): string[] {
  return Object.entries(PERSONAL_DATA_FIELDS[table])
    .filter(([, fieldRole]) => fieldRole === role)
    .map(([path]) => path);
}

/** Every free-text field, table by table (tables without any are left out). */
export const FREE_TEXT_FIELDS: ReadonlyArray<{ table: PersonalDataTable; fields: readonly string[] }> =
  PERSONAL_DATA_TABLES.map((table) => ({
    table,
    fields: fieldsWithRole(table, 'free-text'),
  })).filter((entry) => entry.fields.length > 0);

/** Lists of contact ids outside the contacts table (the person's participations). */
export const CONTACT_ID_LISTS: ReadonlyArray<{ table: PersonalDataTable; path: string }> = PERSONAL_DATA_TABLES.flatMap(
  (table) =>
    fieldsWithRole(table, 'contact-ids')
      .filter((path) => path.endsWith('[]'))
      .map((path) => ({ table, path })),
);

/**
 * Copies of the data outside the live database. `reachable` ones are kept by Trama and
 * rewritten or deleted by an erasure; `stores` names where the app finds them
 * (renderer/db/erasureCopies.ts has one handler per store, and a test checks that every
 * store named here has one). The others are files the user took elsewhere.
 */
export const PERSONAL_DATA_COPIES = [
  {
    id: 'automatic-backups',
    reachable: true,
    stores: ['desktop'],
    where: 'desktop: dated files in the backups folder (newest 14)',
  },
  {
    id: 'pre-upgrade-copies',
    reachable: true,
    stores: ['upgrade'],
    where: 'IndexedDB trama-upgrade-backups (newest 3, never shown)',
  },
  {
    id: 'safety-copies',
    reachable: true,
    stores: ['desktop', 'safety'],
    where: 'desktop: files in the backups folder; browser: IndexedDB trama-safety-copies',
  },
  {
    id: 'exported-files',
    reachable: false,
    stores: [],
    where: 'backups, spreadsheets, briefing PDFs and personal-data exports saved or downloaded by the user',
  },
] as const;

/** Where the app finds the copies it keeps. */
export type CopyStoreName = (typeof PERSONAL_DATA_COPIES)[number]['stores'][number];

/** Every store of a reachable copy, once, in the registry's order. */
export const COPY_STORE_NAMES: readonly CopyStoreName[] = [
  ...new Set(PERSONAL_DATA_COPIES.flatMap((copy): readonly CopyStoreName[] => (copy.reachable ? copy.stores : []))),
];
