import type { TieStatusOnDay } from '../analysis/activeOnDay';
import type { Stakeholder } from '../domain/stakeholder';
import { dateCell, safeSheetName, type CellValue, type Column, type ColumnType, type Table } from '../io/cells';
import type { CellWords, ColumnHeader } from '../io/columns/columnDescriptor';
import { STAKEHOLDER_COLUMNS, type StakeholderColumnKey } from '../io/columns/stakeholderColumns';
import type { ExportLabels } from '../io/exportData';
import type { BriefingModel, Gap } from './briefingModel';

// The briefing as spreadsheet tables: the same content as the preview and the printed pack,
// one sheet per section (the attendees' section spreads over four sheets), in the user's language.
// The summary, one line per attendee, is the first of those: its sheet is written for either.

export interface BriefingCover {
  title: string;
  /** YYYY-MM-DD: the day the pack was produced. */
  date: string;
  /** The meeting's day: its action's date, else the one typed in the briefing. */
  meetingDate: string | null;
  /** Where the meeting is held, as typed; '' when not said. */
  meetingPlace: string;
  programme: string;
  agenda: string;
}

export interface BriefingTableLabels extends ExportLabels {
  /** A gap as a sentence. */
  gap(gap: Gap): string;
  staffName(staffId: string | null): string;
  /** A tie's status today as the relationship's page words it: Active, Inactive, from a day. */
  tieStatus(status: TieStatusOnDay): string;
}

/** A column: its key, type and cell; a descriptor's column brings its own header (shared/io/columns). */
type ColumnSpec<T> = readonly [key: string, type: ColumnType, value: (record: T) => CellValue, header?: ColumnHeader];

function table<T>(
  name: string,
  labels: BriefingTableLabels,
  specs: ReadonlyArray<ColumnSpec<T>>,
  records: readonly T[],
): Table {
  const columns: Column[] = specs.map(([key, type, , header]) => ({ key, type, header: labels.header(key, header) }));
  return {
    name: safeSheetName(labels.sheet(name)),
    columns,
    rows: records.map((record) => specs.map(([, , value]) => value(record))),
  };
}

const list = (values: readonly string[]) => values.filter(Boolean).join('; ');

/** The pack names no programme: its stakeholder columns are those that need none. */
type BriefingStakeholderColumn = Exclude<StakeholderColumnKey, 'programmes'>;

/** These stakeholder columns as the stakeholders sheet writes them, in its order, for records that carry a stakeholder. */
function stakeholderColumns<T>(
  keys: readonly BriefingStakeholderColumn[],
  stakeholderOf: (record: T) => Stakeholder,
  words: CellWords,
): Array<ColumnSpec<T>> {
  return STAKEHOLDER_COLUMNS.filter((column) => keys.some((key) => key === column.key)).map((column) => [
    column.key,
    column.type,
    (record: T) => column.write(stakeholderOf(record), words),
    column.header,
  ]);
}

export function buildBriefingTables(model: BriefingModel, cover: BriefingCover, labels: BriefingTableLabels): Table[] {
  const names = new Map(
    [...model.attendees.map((item) => item.stakeholder), ...model.neighbours].map((stakeholder) => [
      stakeholder.id,
      stakeholder.name,
    ]),
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  const words: CellWords = { labels, stakeholderName: nameOf, programmeName: () => '' };
  const region = (value: string | null) => (value ? labels.value('region', value) : '');
  const has = (section: BriefingModel['sections'][number]) => model.sections.includes(section);
  const tables: Table[] = [];

  const coverRows: Array<[string, CellValue]> = [
    [labels.header('title'), cover.title],
    [labels.header('date'), dateCell(cover.date)],
    [labels.header('meetingDate'), dateCell(cover.meetingDate)],
    [labels.header('meetingPlace'), cover.meetingPlace],
    [labels.header('programme'), cover.programme],
    [labels.header('attendeeCount'), model.attendees.length],
  ];
  tables.push({
    name: safeSheetName(labels.sheet('cover')),
    columns: [
      { key: 'field', header: labels.header('field'), type: 'text' },
      { key: 'value', header: labels.header('value'), type: 'text' },
    ],
    rows: coverRows,
  });

  if (has('summary') || has('attendees')) {
    tables.push(
      table(
        'attendees',
        labels,
        [
          ...stakeholderColumns(
            ['name', 'category', 'region', 'sector', 'stage', 'influence', 'interest'],
            (a: BriefingModel['attendees'][number]) => a.stakeholder,
            words,
          ),
          [
            'contacts',
            'text',
            (a) =>
              list(a.contacts.map((contact) => (contact.role ? `${contact.name} (${contact.role})` : contact.name))),
          ],
          ['lastContact', 'date', (a) => dateCell(a.lastContactDate)],
          ['openFollowUps', 'number', (a) => a.openFollowUps.length],
          ['agreementsInForce', 'number', (a) => a.agreements.length],
        ],
        model.attendees,
      ),
    );
  }
  if (has('attendees')) {
    tables.push(
      table(
        'recentActions',
        labels,
        [
          ['stakeholder', 'text', (row) => row.stakeholder],
          ['date', 'date', (row) => dateCell(row.action.date)],
          ['action', 'text', (row) => row.action.title],
          ['kind', 'text', (row) => labels.value('actionKind', row.action.kind)],
          ['outcome', 'text', (row) => row.action.outcome],
        ],
        model.attendees.flatMap((a) => a.recentActions.map((action) => ({ stakeholder: a.stakeholder.name, action }))),
      ),
      table(
        'followUps',
        labels,
        [
          ['stakeholder', 'text', (row) => row.stakeholder],
          ['followUp', 'text', (row) => row.item.followUp.text],
          ['action', 'text', (row) => row.item.actionTitle],
          ['dueDate', 'date', (row) => dateCell(row.item.followUp.dueDate)],
          ['overdue', 'text', (row) => (row.item.isOverdue ? labels.yes : labels.no)],
          ['owner', 'text', (row) => labels.staffName(row.item.ownerId)],
        ],
        [
          ...model.meetingFollowUps.map((item) => ({ stakeholder: '', item })),
          ...model.attendees.flatMap((a) => a.openFollowUps.map((item) => ({ stakeholder: a.stakeholder.name, item }))),
        ],
      ),
      table(
        'agreements',
        labels,
        [
          ['stakeholder', 'text', (row) => row.stakeholder],
          ['agreement', 'text', (row) => row.item.agreement.title],
          ['status', 'text', (row) => labels.value('agreementStatus', row.item.agreement.status)],
          ['expiresOn', 'date', (row) => dateCell(row.item.agreement.expiresOn)],
          ['expiring', 'text', (row) => (row.item.isExpiring ? labels.yes : labels.no)],
        ],
        model.attendees.flatMap((a) => a.agreements.map((item) => ({ stakeholder: a.stakeholder.name, item }))),
      ),
    );
  }
  if (has('map')) {
    tables.push(
      table(
        'neighbours',
        labels,
        [
          ...stakeholderColumns(['name', 'category', 'region', 'sector'], (s: Stakeholder) => s, words),
          [
            'linkedAttendees',
            'text',
            (s) =>
              list(
                model.mapRelationships.flatMap((link) =>
                  link.sourceId === s.id
                    ? [nameOf(link.targetId)]
                    : link.targetId === s.id
                      ? [nameOf(link.sourceId)]
                      : [],
                ),
              ),
          ],
        ],
        model.neighbours,
      ),
    );
  }
  if (has('shared-agreements')) {
    tables.push(
      table(
        'sharedAgreements',
        labels,
        [
          ['agreement', 'text', (item) => item.agreement.title],
          ['kind', 'text', (item) => labels.value('agreementKind', item.agreement.kind)],
          ['status', 'text', (item) => labels.value('agreementStatus', item.agreement.status)],
          ['expiresOn', 'date', (item) => dateCell(item.agreement.expiresOn)],
          ['attendees', 'text', (item) => list(item.attendeeIds.map(nameOf))],
        ],
        model.sharedAgreements,
      ),
    );
  }
  if (has('relationships')) {
    tables.push(
      table(
        'relationships',
        labels,
        [
          ['from', 'text', (link) => nameOf(link.sourceId)],
          ['to', 'text', (link) => nameOf(link.targetId)],
          ['type', 'text', (link) => labels.value('relationshipType', link.type)],
          ['status', 'text', (link) => labels.tieStatus(link.onDay)],
          ['strength', 'number', (link) => link.strength],
        ],
        // As the pack lists them: under each attendee in name order, each once.
        model.relationshipsByAttendee.flatMap((group) => group.relationships),
      ),
    );
  }
  if (has('gaps')) {
    tables.push(
      table(
        'gaps',
        labels,
        [
          ['gap', 'text', (gap) => labels.gap(gap)],
          ['region', 'text', (gap) => region(gap.region)],
          ['stakeholders', 'text', (gap) => list(gap.stakeholderIds.map(nameOf))],
        ],
        model.gaps,
      ),
    );
  }
  if (has('agenda')) {
    const lines = cover.agenda.split(/\r?\n/).filter((line) => line.trim() !== '');
    tables.push(table('agenda', labels, [['agenda', 'text', (line: string) => line]], lines));
  }
  return tables;
}
