import type { RegionId } from '../domain/regions';
import type { CellValue, Table } from './cells';
import { narrowToStakeholders, type ExportData, type ExportLabels } from './exportData';
import {
  distinctLabels,
  agreementParties,
  agreementPartyMatrix,
  regionCategoryMatrix,
  sortedByName,
  stakeholderMatrix,
  STAKEHOLDER_MATRIX_MODES,
  type StakeholderMatrixMode,
} from './matrices';
import type { LaidOutTable, SheetLayout } from './sheetLayout';

// A contact matrix as a workbook people can read and print: short labels on both axes (a
// 147 × 147 matrix of 60-character names is unreadable), their full names in a key sheet,
// totals for every row and column, the direction of directed ties said in words, names
// frozen in view and a print setup that fits the columns on the page.

export const MATRIX_KINDS = [...STAKEHOLDER_MATRIX_MODES, 'regionCategory', 'agreementParty'] as const;
export type MatrixKind = (typeof MATRIX_KINDS)[number];

/** The words of the workbook, in the interface language. */
export interface MatrixWords {
  total: string;
  /** The corner cell of a stakeholder matrix: how to read it ("Row → column"). */
  corner: string;
  /** The direction of directed ties, said in full (in the key sheet and each printed page). */
  direction: string;
  keySheet: string;
  shortLabel: string;
  fullName: string;
  /** The key sheet's category column. */
  category: string;
  noRegion: string;
}

export const MAX_SHORT_LABEL_LENGTH = 30;

function cut(text: string, length: number): string {
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text;
}

/** The first part of a long name: "Dipartimento di Salute Mentale – ASL Roma 1" → "Dipartimento di Salute Mentale". */
function shortForm(name: string): string {
  const first = name.split(/ [–—-] | \(/)[0]?.trim() ?? '';
  return first === '' ? name.trim() : first;
}

/** The short name, else a short form of the name; at most 30 characters, each label once. */
export function shortLabels(items: readonly { name: string; shortName?: string }[]): string[] {
  return distinctLabels(
    items.map(({ name, shortName }) => cut(shortName?.trim() || shortForm(name), MAX_SHORT_LABEL_LENGTH)),
    (label, suffix) => `${cut(label, MAX_SHORT_LABEL_LENGTH - suffix.length)}${suffix}`,
  );
}

/** Only the stakeholders of a region, and what concerns them (narrowToStakeholders). */
export function restrictToRegion(data: ExportData, region: RegionId): ExportData {
  const ids = new Set(data.stakeholders.filter((stakeholder) => stakeholder.region === region).map(({ id }) => id));
  return narrowToStakeholders(data, ids);
}

/** A number counts as itself, any other filled cell (a type, a role) as one tie. */
const cellWeight = (value: CellValue): number => (typeof value === 'number' ? value : value === null ? 0 : 1);

/** The table with a total column at the right and a total row at the bottom. */
function withTotals(table: Table, total: string): Table {
  const bodies = table.rows.map((row) => row.slice(1));
  const width = table.columns.length - 1;
  const rowTotals = bodies.map((cells) => cells.reduce<number>((sum, cell) => sum + cellWeight(cell), 0));
  const columnTotals = Array.from({ length: width }, (_, column) =>
    bodies.reduce((sum, cells) => sum + cellWeight(cells[column] ?? null), 0),
  );
  return {
    ...table,
    columns: [...table.columns, { key: 'total', header: total, type: 'number' }],
    rows: [
      ...table.rows.map((row, index) => [...row, rowTotals[index] ?? 0]),
      [total, ...columnTotals, rowTotals.reduce((sum, value) => sum + value, 0)],
    ],
  };
}

function relabel(table: Table, corner: string, rowLabels: readonly string[] | null, columnLabels: readonly string[]) {
  return {
    ...table,
    columns: table.columns.map((column, index) =>
      index === 0 ? { ...column, header: corner } : { ...column, header: columnLabels[index - 1] ?? column.header },
    ),
    rows: rowLabels
      ? table.rows.map((row, index) => [rowLabels[index] ?? row[0] ?? null, ...row.slice(1)])
      : table.rows,
  };
}

type MatrixData = Pick<ExportData, 'stakeholders' | 'relationships' | 'actions' | 'agreements'>;

/** The matrix sheet (laid out for screen and print) and its key sheet of full names. */
export function matrixSheets(
  data: MatrixData,
  kind: MatrixKind,
  labels: ExportLabels,
  words: MatrixWords,
): [LaidOutTable, LaidOutTable] {
  const title = labels.sheet(`matrix.${kind}`);
  const isStakeholderMatrix = kind !== 'regionCategory' && kind !== 'agreementParty';
  const layout: SheetLayout = {
    frozenRows: 1,
    frozenColumns: 1,
    // Labels written upwards over narrow columns: 146 columns of 30-character labels would
    // be 4,000 characters wide. Counts need few digits; relationship types need more room.
    rotatedHeader: true,
    columnWidth: kind === 'types' || kind === 'agreementParty' ? 12 : 6,
    print: {
      landscape: true,
      fitToWidth: true,
      repeatTitles: true,
      header: title,
      ...(isStakeholderMatrix ? { footer: words.direction } : {}),
    },
  };
  const keyColumns = (extra: boolean) => [
    { key: 'shortLabel', header: words.shortLabel, type: 'text' as const },
    { key: 'fullName', header: words.fullName, type: 'text' as const },
    ...(extra
      ? [
          { key: 'region', header: labels.header('region'), type: 'text' as const },
          { key: 'category', header: words.category, type: 'text' as const },
        ]
      : []),
  ];
  const key = (columns: Table['columns'], rows: CellValue[][]): LaidOutTable => ({
    name: words.keySheet,
    columns,
    rows,
    layout: { frozenRows: 1, frozenColumns: 0, print: { landscape: true, fitToWidth: true, repeatTitles: true } },
  });

  if (kind === 'regionCategory') {
    const table = regionCategoryMatrix(data, labels, words.noRegion);
    const full = table.columns.slice(1).map((column) => column.header);
    const short = shortLabels(full.map((name) => ({ name })));
    const matrix = withTotals(relabel(table, table.columns[0]!.header, null, short), words.total);
    return [
      { ...matrix, layout },
      key(
        keyColumns(false),
        short.map((label, index) => [label, full[index] ?? '']),
      ),
    ];
  }
  if (kind === 'agreementParty') {
    const parties = agreementParties(data);
    const short = shortLabels(parties);
    const table = agreementPartyMatrix(data, labels);
    const matrix = withTotals(relabel(table, table.columns[0]!.header, null, short), words.total);
    return [
      { ...matrix, layout },
      key(
        keyColumns(false),
        parties.map((party, index) => [short[index] ?? '', party.name]),
      ),
    ];
  }
  const mode: StakeholderMatrixMode = kind;
  const stakeholders = sortedByName(data.stakeholders);
  const short = shortLabels(stakeholders);
  const matrix = withTotals(relabel(stakeholderMatrix(data, mode, labels), words.corner, short, short), words.total);
  return [
    { ...matrix, layout },
    key(keyColumns(true), [
      [words.corner, words.direction, null, null],
      ...stakeholders.map((stakeholder, index) => [
        short[index] ?? '',
        stakeholder.name,
        stakeholder.region ? labels.value('region', stakeholder.region) : words.noRegion,
        labels.category(stakeholder.categoryId),
      ]),
    ]),
  ];
}
