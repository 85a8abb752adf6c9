import { addDays, localDayOf } from '../domain/common';
import type { ProgrammeReport, ReportNetwork, StageAt } from '../analysis/programmeReport';
import { ACTION_KINDS, GUIDELINES_STAGES, type ActionKind, type GuidelinesStage } from '../domain/enums';
import type { RegionId } from '../domain/regions';
import type { Column, ColumnType, Table, CellValue } from './cells';

// The programme report as a workbook: the figures first (the same list the page shows, so
// the two cannot disagree), then one sheet per figure's records, so that every number can be
// checked against the names behind it.

export const REPORT_FIGURES = [
  'engaged',
  'known',
  'tiesGained',
  'tiesEnded',
  'bridgesGained',
  'bridgesAtEnd',
  'signed',
  'inForce',
  'actions',
  'trainings',
  'trained',
  'followUpsOnTime',
  'followUpsLate',
  'followUpsOverdue',
] as const;
export type ReportFigure = (typeof REPORT_FIGURES)[number];

export function figureValue(report: ProgrammeReport, figure: ReportFigure): number {
  switch (figure) {
    case 'engaged':
      return report.stakeholders.engaged.length;
    case 'known':
      return report.stakeholders.atEnd.length;
    case 'tiesGained':
      return report.relationships.gained.length;
    case 'tiesEnded':
      return report.relationships.ended.length;
    case 'bridgesGained':
      return report.bridges.gained.length;
    case 'bridgesAtEnd':
      return report.bridges.atEnd.length;
    case 'signed':
      return report.agreements.signed.length;
    case 'inForce':
      return report.agreements.inForceAtEnd.length;
    case 'actions':
      return Object.values(report.actions.byKind).reduce((sum, ids) => sum + ids.length, 0);
    case 'trainings':
      return report.trainings.held.length;
    case 'trained':
      return report.trainings.peopleTrained;
    case 'followUpsOnTime':
      return report.followUps.doneOnTime.length;
    case 'followUpsLate':
      return report.followUps.doneLate.length;
    case 'followUpsOverdue':
      return report.followUps.overdue.length;
  }
}

export const REPORT_SHEETS = [
  'summary',
  'engaged',
  'ties',
  'bridges',
  'agreements',
  'actions',
  'trainings',
  'trained',
  'stages',
  'followUps',
] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

export interface ReportWorkbookLabels {
  sheet(sheet: ReportSheet): string;
  header(key: string): string;
  figure(figure: ReportFigure): string;
  value(key: string): string;
  region(region: RegionId | null): string;
  stage(stage: GuidelinesStage): string;
  actionKind(kind: ActionKind): string;
  /** A relationship type as the interface names it (a type of the team's own stays as written). */
  relationshipType(type: string): string;
  /** The report's scope as label and value rows (programme, region, period). */
  scopeRows: ReadonlyArray<readonly [string, string]>;
}

const date = (day: string | null): CellValue => (day ? { date: day } : null);

function table(
  name: string,
  labels: ReportWorkbookLabels,
  columns: ReadonlyArray<readonly [string, ColumnType]>,
  rows: CellValue[][],
): Table {
  const header: Column[] = columns.map(([key, type]) => ({ key, header: labels.header(key), type }));
  return { name, columns: header, rows };
}

/** People trained since taken out of the address book (a training's anonymous tally): one row, so the sheet adds up. */
function formerRows(report: ProgrammeReport, labels: ReportWorkbookLabels): CellValue[][] {
  const listed = report.trainings.byStakeholder.reduce((sum, entry) => sum + entry.people, 0);
  const former = report.trainings.peopleTrained - listed;
  return former > 0 ? [[labels.value('noLongerListed'), '', former]] : [];
}

export function buildReportTables(
  report: ProgrammeReport,
  network: ReportNetwork,
  labels: ReportWorkbookLabels,
  stageAt: StageAt = (stakeholder) => stakeholder.guidelinesStage,
): Table[] {
  const stakeholderById = new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder]));
  const nameOf = (id: string) => stakeholderById.get(id)?.name ?? id;
  const relationshipById = new Map(network.relationships.map((relationship) => [relationship.id, relationship]));
  const agreementById = new Map(network.agreements.map((agreement) => [agreement.id, agreement]));
  const actionById = new Map(network.actions.map((action) => [action.id, action]));
  const contactIds = new Set(network.contacts.map((contact) => contact.id));
  const { from, to } = report.scope;

  const summary: Table = {
    name: labels.sheet('summary'),
    columns: [
      { key: 'figure', header: labels.header('figure'), type: 'text' },
      { key: 'value', header: labels.header('value'), type: 'text' },
    ],
    rows: [
      ...labels.scopeRows.map(([label, value]): CellValue[] => [label, value]),
      ...REPORT_FIGURES.map((figure): CellValue[] => [labels.figure(figure), figureValue(report, figure)]),
    ],
  };
  const engaged = table(
    labels.sheet('engaged'),
    labels,
    [
      ['name', 'text'],
      ['region', 'text'],
      ['added', 'date'],
    ],
    report.stakeholders.engaged.map((id) => {
      const stakeholder = stakeholderById.get(id)!;
      return [stakeholder.name, labels.region(stakeholder.region), date(localDayOf(stakeholder.createdAt))];
    }),
  );
  const tieRows = (ids: readonly string[], change: string) =>
    ids.map((id): CellValue[] => {
      const relationship = relationshipById.get(id)!;
      return [
        nameOf(relationship.sourceId),
        nameOf(relationship.targetId),
        labels.relationshipType(relationship.type),
        date(relationship.since),
        date(relationship.until),
        labels.value(change),
      ];
    });
  const ties = table(
    labels.sheet('ties'),
    labels,
    [
      ['from', 'text'],
      ['to', 'text'],
      ['type', 'text'],
      ['since', 'date'],
      ['until', 'date'],
      ['change', 'text'],
    ],
    [...tieRows(report.relationships.gained, 'begun'), ...tieRows(report.relationships.ended, 'ended')],
  );
  const bridges = table(
    labels.sheet('bridges'),
    labels,
    [
      ['kind', 'text'],
      ['parties', 'text'],
      ['since', 'date'],
    ],
    report.bridges.gained.map((id) => {
      const relationship = relationshipById.get(id);
      if (relationship)
        return [
          labels.value('relationship'),
          `${nameOf(relationship.sourceId)} ↔ ${nameOf(relationship.targetId)}`,
          date(relationship.since),
        ];
      const agreement = agreementById.get(id)!;
      return [
        labels.value('agreement'),
        agreement.parties.map((party) => nameOf(party.stakeholderId)).join(' ↔ '),
        date(agreement.inForceFrom ?? agreement.signedOn),
      ];
    }),
  );
  const agreementIds = [...new Set([...report.agreements.signed, ...report.agreements.inForceAtEnd])];
  const signed = new Set(report.agreements.signed);
  const inForce = new Set(report.agreements.inForceAtEnd);
  const agreements = table(
    labels.sheet('agreements'),
    labels,
    [
      ['title', 'text'],
      ['signedOn', 'date'],
      ['status', 'text'],
    ],
    agreementIds.map((id) => {
      const agreement = agreementById.get(id)!;
      const status = [signed.has(id) && labels.value('signed'), inForce.has(id) && labels.value('inForce')];
      return [agreement.title, date(agreement.signedOn), status.filter(Boolean).join(', ')];
    }),
  );
  const actions = table(
    labels.sheet('actions'),
    labels,
    [
      ['date', 'date'],
      ['kind', 'text'],
      ['title', 'text'],
    ],
    ACTION_KINDS.flatMap((kind) =>
      report.actions.byKind[kind].map((id): CellValue[] => {
        const action = actionById.get(id)!;
        return [date(action.date), labels.actionKind(kind), action.title];
      }),
    ),
  );
  const trainingById = new Map(network.trainings.map((training) => [training.id, training]));
  const trainings = table(
    labels.sheet('trainings'),
    labels,
    [
      ['date', 'date'],
      ['title', 'text'],
      ['region', 'text'],
      ['attendees', 'number'],
    ],
    report.trainings.held.map((id) => {
      const training = trainingById.get(id)!;
      // Those deleted since count too (the training's anonymous tally), as in "people trained".
      const attendees =
        training.attendeeIds.filter((attendee) => contactIds.has(attendee)).length +
        (training.formerAttendees?.length ?? 0);
      // A training of no region was national or online, as the trainings page says: not a blank.
      const where = training.region === null ? labels.value('nationalOrOnline') : labels.region(training.region);
      return [date(training.date), training.title, where, attendees];
    }),
  );
  // Counted where they work, whichever region trained them: the sheet adds up to "people trained".
  const trained = table(
    labels.sheet('trained'),
    labels,
    [
      ['name', 'text'],
      ['region', 'text'],
      ['people', 'number'],
    ],
    report.trainings.byStakeholder
      .map(({ stakeholderId, people }): CellValue[] => {
        const stakeholder = stakeholderById.get(stakeholderId);
        return [stakeholder?.name ?? '', labels.region(stakeholder?.region ?? null), people];
      })
      // Most people first, then by name, as the trainings page lists them.
      .sort((one, other) => Number(other[2]) - Number(one[2]) || String(one[0]).localeCompare(String(other[0])))
      .concat(formerRows(report, labels)),
  );
  const startIds = new Set(GUIDELINES_STAGES.flatMap((stage) => report.stages.atStart[stage]));
  const stages = table(
    labels.sheet('stages'),
    labels,
    [
      ['name', 'text'],
      ['region', 'text'],
      ['stageStart', 'text'],
      ['stageEnd', 'text'],
    ],
    report.stakeholders.atEnd.map((id) => {
      const stakeholder = stakeholderById.get(id)!;
      return [
        stakeholder.name,
        labels.region(stakeholder.region),
        // At the start: the end of the day before the first day, as the report counts it.
        startIds.has(id) ? labels.stage(stageAt(stakeholder, addDays(from, -1))) : labels.value('notYetKnown'),
        labels.stage(stageAt(stakeholder, to)),
      ];
    }),
  );
  const followUpById = new Map(network.followUps.map((followUp) => [followUp.id, followUp]));
  const followUpRows = (ids: readonly string[], outcome: string) =>
    ids.map((id): CellValue[] => {
      const followUp = followUpById.get(id)!;
      return [followUp.text, date(followUp.dueDate), date(followUp.doneOn), labels.value(outcome)];
    });
  const followUps = table(
    labels.sheet('followUps'),
    labels,
    [
      ['text', 'text'],
      ['due', 'date'],
      ['done', 'date'],
      ['outcome', 'text'],
    ],
    [
      ...followUpRows(report.followUps.doneOnTime, 'onTime'),
      ...followUpRows(report.followUps.doneLate, 'late'),
      ...followUpRows(report.followUps.overdue, 'overdue'),
    ],
  );
  return [summary, engaged, ties, bridges, agreements, actions, trainings, trained, stages, followUps];
}
