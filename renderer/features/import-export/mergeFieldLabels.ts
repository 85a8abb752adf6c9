import type { BackupTableName } from '../../../shared/io/backup';
import { columnLabel, stakeholderColumnOfField } from '../../../shared/io/columns/stakeholderFieldColumns';
import type { ValueSet } from '../../../shared/io/restoreValues';
import type { I18nValue } from '../../i18n/I18nContext';
import { isMessageKey, translateOr, type PlainMessageKey } from '../../i18n/translate';

// The merge preview's names for every field of every table, in the path syntax of
// shared/domain/personalData.ts (`a.b` nested, `a[]` each item), reusing the labels the
// forms use; a stakeholder's fields are named by their spreadsheet columns
// (shared/io/columns), as its form names them. A table not listed here (an entity added
// later) needs no entry: its form's messages `<table>.field.<path>` name its fields.
// mergeFieldLabels.test.ts fails when a schema gains a field without a name.

const RECORD_BASE = {
  id: 'restore.field.id',
  createdAt: 'restore.field.createdAt',
  updatedAt: 'restore.field.updatedAt',
} as const satisfies Record<string, PlainMessageKey>;

export const MERGE_FIELD_LABELS: { readonly [Table in BackupTableName]?: Readonly<Record<string, PlainMessageKey>> } = {
  // The other fields are named by their columns (mergeFieldLabel).
  stakeholders: RECORD_BASE,
  contacts: {
    ...RECORD_BASE,
    stakeholderId: 'restore.field.organisation',
    name: 'contact.field.name',
    role: 'contact.field.role',
    emails: 'contact.field.emails',
    phones: 'contact.field.phones',
    languages: 'contact.field.languages',
    notes: 'contact.field.notes',
    isPrimary: 'contact.field.isPrimary',
    lawfulBasis: 'contact.field.lawfulBasis',
  },
  relationships: {
    ...RECORD_BASE,
    sourceId: 'restore.field.from',
    targetId: 'restore.field.to',
    type: 'relationship.field.type',
    isDirected: 'restore.field.isDirected',
    strength: 'relationship.field.strength',
    status: 'relationship.field.status',
    since: 'relationship.field.since',
    until: 'relationship.field.until',
    notes: 'relationship.field.notes',
  },
  agreements: {
    ...RECORD_BASE,
    title: 'agreements.field.title',
    kind: 'agreements.field.kind',
    parties: 'agreements.field.parties',
    'parties[].stakeholderId': 'restore.field.stakeholder',
    'parties[].role': 'restore.field.partyRole',
    status: 'agreements.field.status',
    signedOn: 'agreements.field.signedOn',
    inForceFrom: 'agreements.field.inForceFrom',
    expiresOn: 'agreements.field.expiresOn',
    documentRef: 'agreements.field.documentRef',
    programmeIds: 'agreements.field.programmes',
    notes: 'agreements.field.notes',
  },
  actions: {
    ...RECORD_BASE,
    title: 'actions.field.title',
    kind: 'actions.field.kind',
    date: 'actions.field.date',
    regions: 'actions.field.regions',
    programmeId: 'actions.field.programme',
    objective: 'actions.field.objective',
    targetIds: 'actions.field.targets',
    participantIds: 'actions.field.participants',
    ownerId: 'actions.field.owner',
    status: 'actions.field.status',
    outcome: 'actions.field.outcome',
  },
  followUps: {
    ...RECORD_BASE,
    actionId: 'restore.field.action',
    text: 'actions.field.followUpText',
    dueDate: 'actions.field.followUpDue',
    ownerId: 'actions.field.followUpOwner',
    doneOn: 'actions.field.followUpDone',
  },
  programmes: {
    ...RECORD_BASE,
    name: 'programmes.field.name',
    shortName: 'programmes.field.shortName',
    description: 'programmes.field.description',
  },
  staff: {
    ...RECORD_BASE,
    name: 'staff.field.name',
    role: 'staff.field.role',
    email: 'staff.field.email',
    isActive: 'staff.field.isActive',
  },
  categories: {
    ...RECORD_BASE,
    labels: 'restore.field.categoryLabels',
    'labels.it': 'restore.field.labelIt',
    'labels.en': 'restore.field.labelEn',
    defaultSector: 'restore.field.defaultSector',
  },
  mapPositions: {
    viewId: 'restore.field.viewId',
    stakeholderId: 'restore.field.stakeholder',
    x: 'restore.field.x',
    y: 'restore.field.y',
  },
  meta: {
    key: 'restore.field.setting',
    value: 'restore.field.value',
    'value.loadedOn': 'restore.field.loadedOn',
    'value.stakeholderCount': 'restore.field.stakeholderCount',
  },
  briefings: {
    ...RECORD_BASE,
    title: 'restore.field.title',
    source: 'restore.field.briefingSource',
    'source.kind': 'restore.field.briefingSourceKind',
    'source.actionId': 'restore.field.action',
    'source.region': 'briefings.header.region',
    'source.stakeholderIds': 'restore.field.stakeholders',
    sections: 'restore.field.sections',
    programmeId: 'actions.field.programme',
    agenda: 'restore.field.agenda',
    addedStakeholderIds: 'briefings.field.addedAttendees',
    removedStakeholderIds: 'briefings.field.removedAttendees',
    meetingDate: 'briefings.meetingDate',
    meetingPlace: 'briefings.meetingPlace',
  },
};

/** A field's name in the merge preview, in the user's language; undefined when it has none (the preview shows the path). */
export function mergeFieldLabel(
  { t, language }: Pick<I18nValue, 't' | 'language'>,
  table: BackupTableName,
  path: string,
): string | undefined {
  const labels = MERGE_FIELD_LABELS[table];
  if (labels === undefined) return fieldLabelByItsMessage({ t, language }, table, path);
  // The path comes from the backup file: only the table's own labels, never its prototype's.
  if (Object.hasOwn(labels, path)) return t(labels[path]!);
  const column = table === 'stakeholders' ? stakeholderColumnOfField(path) : undefined;
  return column ? columnLabel(column, language) : undefined;
}

const RECORD_BASE_LABELS: ReadonlyMap<string, PlainMessageKey> = new Map(Object.entries(RECORD_BASE));

/** A field of a table with no list above, named by the message `<table>.field.<path>` its form uses; undefined when there is none. */
export function fieldLabelByItsMessage(
  { t, language }: Pick<I18nValue, 't' | 'language'>,
  table: string,
  path: string,
): string | undefined {
  const recordField = RECORD_BASE_LABELS.get(path);
  if (recordField) return t(recordField);
  const key = `${table}.field.${path}`;
  return isMessageKey(key) ? translateOr(language, key, path) : undefined;
}

/** Where the labels of each closed list of values are (`<prefix><value>`). */
export const VALUE_SET_PREFIX: Readonly<Record<ValueSet, string>> = {
  region: 'region.',
  level: 'level.',
  sector: 'sector.',
  attitude: 'attitude.',
  stage: 'stage.',
  relationshipType: 'relationshipType.',
  relationshipStatus: 'relationshipStatus.',
  agreementKind: 'agreementKind.',
  agreementStatus: 'agreementStatus.',
  partyRole: 'partyRole.',
  actionKind: 'actionKind.',
  actionStatus: 'actionStatus.',
  mapLayout: 'map.layout.',
  mapColourBy: 'map.by.',
  mapSizeBy: 'map.by.',
  briefingSection: 'briefings.section.',
  briefingSourceKind: 'restore.value.sourceKind.',
};

/** Labels of the meta keys a backup may restore (shared/io/backupMeta.ts), for the examples' captions. */
export const META_KEY_LABELS: Readonly<Record<string, PlainMessageKey>> = {
  onboarded: 'restore.meta.onboarded',
  defaultProgrammesAdded: 'restore.meta.defaultProgrammesAdded',
  sample: 'restore.meta.sample',
  'preferences.omitPersonalColumns': 'restore.meta.omitPersonalColumns',
};
