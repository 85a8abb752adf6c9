import { dateCell, safeSheetName, type CellValue, type Column, type ColumnType, type Table } from './cells';
import { nameLookup, type ExportData, type ExportLabels } from './exportData';

// The full workbook: one sheet per entity, agreements with a party sheet, actions with a
// follow-up sheet. Ids come first so a re-imported sheet updates instead of duplicating.

export interface WorkbookOptions {
  /** Leave contacts' emails and phones out (GDPR data minimisation). */
  omitPersonalColumns: boolean;
}

type ColumnSpec<T> = readonly [key: string, type: ColumnType, value: (record: T) => CellValue];

function table<T>(name: string, labels: ExportLabels, specs: ReadonlyArray<ColumnSpec<T>>, records: readonly T[]): Table {
  const columns: Column[] = specs.map(([key, type]) => ({ key, type, header: labels.header(key) }));
  return { name: safeSheetName(labels.sheet(name)), columns, rows: records.map((record) => specs.map(([, , value]) => value(record))) };
}

const list = (values: readonly string[]) => values.filter(Boolean).join('; ');

export function buildWorkbookTables(data: ExportData, labels: ExportLabels, options: WorkbookOptions): Table[] {
  const stakeholderName = nameLookup(data.stakeholders);
  const contactName = nameLookup(data.contacts);
  const programmeName = nameLookup(data.programmes);
  const staffName = nameLookup(data.staff);
  const yesNo = (value: boolean) => (value ? labels.yes : labels.no);
  const region = (value: string | null) => (value ? labels.value('region', value) : '');
  const actionTitle = nameLookup(data.actions.map((action) => ({ id: action.id, name: action.title })));

  const stakeholders = table(
    'stakeholders',
    labels,
    [
      ['id', 'text', (s) => s.id],
      ['name', 'text', (s) => s.name],
      ['shortName', 'text', (s) => s.shortName],
      ['category', 'text', (s) => labels.category(s.categoryId)],
      ['level', 'text', (s) => labels.value('level', s.level)],
      ['region', 'text', (s) => region(s.region)],
      ['province', 'text', (s) => s.province],
      ['city', 'text', (s) => s.city],
      ['sector', 'text', (s) => labels.value('sector', s.sector)],
      ['stage', 'text', (s) => labels.value('stage', s.guidelinesStage)],
      ['influence', 'number', (s) => s.influence],
      ['interest', 'number', (s) => s.interest],
      ['attitude', 'text', (s) => labels.value('attitude', s.attitude)],
      ['tags', 'text', (s) => list(s.tags)],
      ['programmes', 'text', (s) => list(s.programmeIds.map(programmeName))],
      ['website', 'text', (s) => s.website],
      ['notes', 'text', (s) => s.notes],
      ['updatedAt', 'date', (s) => dateCell(s.updatedAt)],
    ],
    data.stakeholders,
  );

  const contactSpecs: Array<ColumnSpec<ExportData['contacts'][number]>> = [
    ['id', 'text', (c) => c.id],
    ['stakeholder', 'text', (c) => stakeholderName(c.stakeholderId)],
    ['person', 'text', (c) => c.name],
    ['role', 'text', (c) => c.role],
    ...(options.omitPersonalColumns
      ? []
      : ([
          ['emails', 'text', (c) => list(c.emails)],
          ['phones', 'text', (c) => list(c.phones)],
        ] satisfies Array<ColumnSpec<ExportData['contacts'][number]>>)),
    ['languages', 'text', (c) => list(c.languages)],
    ['isPrimary', 'text', (c) => yesNo(c.isPrimary)],
    ['lawfulBasis', 'text', (c) => c.lawfulBasis],
    ['notes', 'text', (c) => c.notes],
  ];
  const contacts = table('contacts', labels, contactSpecs, data.contacts);

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
      ['programmes', 'text', (a) => list(a.programmeIds.map(programmeName))],
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
    data.agreements.flatMap((agreement) => agreement.parties.map((party) => ({ ...party, agreementId: agreement.id, title: agreement.title }))),
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
      ['regions', 'text', (a) => list(a.regions.map((id) => labels.value('region', id)))],
      ['programme', 'text', (a) => programmeName(a.programmeId)],
      ['owner', 'text', (a) => staffName(a.ownerId)],
      ['targets', 'text', (a) => list(a.targetIds.map(stakeholderName))],
      ['participants', 'text', (a) => list(a.participantIds.map(contactName))],
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
  return [stakeholders, contacts, relationships, agreements, parties, actions, followUps];
}
