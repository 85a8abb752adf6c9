import { dateCell, safeSheetName, type CellValue, type Column, type ColumnType, type Table } from './cells';
import { descriptorTable, listCell, type CellWords } from './columns/columnDescriptor';
import { CONTACT_COLUMNS, type ContactColumn } from './columns/contactColumns';
import { PROGRAMME_COLUMNS } from './columns/programmeColumns';
import { STAKEHOLDER_COLUMNS } from './columns/stakeholderColumns';
import { nameLookup, type ExportData, type ExportLabels } from './exportData';

// The full workbook: one sheet per entity, agreements with a party sheet, actions with a
// follow-up sheet. Ids come first so a re-imported sheet updates instead of duplicating.
// Stakeholders, contacts and programmes are written from their column descriptors
// (columns/), which the import reads back.

export interface WorkbookOptions {
  /** Leave contacts' emails and phones out (GDPR data minimisation). */
  omitPersonalColumns: boolean;
}

type ColumnSpec<T> = readonly [key: string, type: ColumnType, value: (record: T) => CellValue];

function table<T>(
  name: string,
  labels: ExportLabels,
  specs: ReadonlyArray<ColumnSpec<T>>,
  records: readonly T[],
): Table {
  const columns: Column[] = specs.map(([key, type]) => ({ key, type, header: labels.header(key) }));
  return {
    name: safeSheetName(labels.sheet(name)),
    columns,
    rows: records.map((record) => specs.map(([, , value]) => value(record))),
  };
}

/** The contacts sheet's columns: without emails and phones when the user leaves personal columns out. */
export function exportedContactColumns({ omitPersonalColumns }: WorkbookOptions): readonly ContactColumn[] {
  const columns: readonly ContactColumn[] = CONTACT_COLUMNS;
  return omitPersonalColumns ? columns.filter((column) => !column.isPersonal) : columns;
}

export function buildWorkbookTables(data: ExportData, labels: ExportLabels, options: WorkbookOptions): Table[] {
  // A narrowed workbook still names the other parties, targets and participants of its records.
  const stakeholderName = nameLookup([...data.stakeholders, ...(data.namedOutside?.stakeholders ?? [])]);
  const contactName = nameLookup([...data.contacts, ...(data.namedOutside?.contacts ?? [])]);
  const programmeName = nameLookup(data.programmes);
  const staffName = nameLookup(data.staff);
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const actionTitle = nameLookup(data.actions.map((action) => ({ id: action.id, name: action.title })));

  const words: CellWords = { labels, programmeName, stakeholderName };
  const stakeholders = descriptorTable('stakeholders', labels, STAKEHOLDER_COLUMNS, data.stakeholders, words);
  const contacts = descriptorTable('contacts', labels, exportedContactColumns(options), data.contacts, words);
  const programmes = descriptorTable('programmes', labels, PROGRAMME_COLUMNS, data.programmes, words);

  const relationships = table(
    'relationships',
    labels,
    [
      ['id', 'text', (r) => r.id],
      ['from', 'text', (r) => stakeholderName(r.sourceId)],
      ['to', 'text', (r) => stakeholderName(r.targetId)],
      ['type', 'text', (r) => labels.value('relationshipType', r.type)],
      ['isDirected', 'text', (r) => yesNo(r.isDirected)],
      ['strength', 'number', (r) => r.strength],
      ['status', 'text', (r) => labels.value('relationshipStatus', r.status)],
      ['since', 'date', (r) => dateCell(r.since)],
      ['until', 'date', (r) => dateCell(r.until)],
      ['notes', 'text', (r) => r.notes],
    ],
    data.relationships,
  );

  const agreements = table(
    'agreements',
    labels,
    [
      ['id', 'text', (a) => a.id],
      ['title', 'text', (a) => a.title],
      ['kind', 'text', (a) => labels.value('agreementKind', a.kind)],
      ['status', 'text', (a) => labels.value('agreementStatus', a.status)],
      ['signedOn', 'date', (a) => dateCell(a.signedOn)],
      ['inForceFrom', 'date', (a) => dateCell(a.inForceFrom)],
      ['expiresOn', 'date', (a) => dateCell(a.expiresOn)],
      ['documentRef', 'text', (a) => a.documentRef],
      ['programmes', 'text', (a) => listCell(a.programmeIds.map(programmeName))],
      ['notes', 'text', (a) => a.notes],
    ],
    data.agreements,
  );
  const parties = table(
    'agreementParties',
    labels,
    [
      ['agreementId', 'text', (p) => p.agreementId],
      ['agreement', 'text', (p) => p.title],
      ['stakeholder', 'text', (p) => stakeholderName(p.stakeholderId)],
      ['partyRole', 'text', (p) => labels.value('partyRole', p.role)],
    ],
    data.agreements.flatMap((agreement) =>
      agreement.parties.map((party) => ({ ...party, agreementId: agreement.id, title: agreement.title })),
    ),
  );

  const actions = table(
    'actions',
    labels,
    [
      ['id', 'text', (a) => a.id],
      ['date', 'date', (a) => dateCell(a.date)],
      ['title', 'text', (a) => a.title],
      ['kind', 'text', (a) => labels.value('actionKind', a.kind)],
      ['status', 'text', (a) => labels.value('actionStatus', a.status)],
      ['regions', 'text', (a) => listCell(a.regions.map((id) => labels.value('region', id)))],
      ['programme', 'text', (a) => programmeName(a.programmeId)],
      ['owner', 'text', (a) => staffName(a.ownerId)],
      ['targets', 'text', (a) => listCell(a.targetIds.map(stakeholderName))],
      ['participants', 'text', (a) => listCell(a.participantIds.map(contactName))],
      ['objective', 'text', (a) => a.objective],
      ['outcome', 'text', (a) => a.outcome],
    ],
    data.actions,
  );
  const followUps = table(
    'followUps',
    labels,
    [
      ['actionId', 'text', (f) => f.actionId],
      ['action', 'text', (f) => actionTitle(f.actionId)],
      ['followUp', 'text', (f) => f.text],
      ['dueDate', 'date', (f) => dateCell(f.dueDate)],
      ['owner', 'text', (f) => staffName(f.ownerId)],
      ['doneOn', 'date', (f) => dateCell(f.doneOn)],
    ],
    data.followUps,
  );
  return [stakeholders, contacts, relationships, agreements, parties, actions, followUps, programmes];
}
