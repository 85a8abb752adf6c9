import { DEFAULT_CATEGORY_IDS } from '../domain/categories';
import { REGION_IDS } from '../domain/regions';
import { safeSheetName, type CellValue, type Table } from './cells';
import type { ExportData, ExportLabels } from './exportData';

// Contact matrices: who is linked to whom, as a square table with names on both axes.

export const STAKEHOLDER_MATRIX_MODES = ['types', 'strength', 'sharedActions'] as const;
export type StakeholderMatrixMode = (typeof STAKEHOLDER_MATRIX_MODES)[number];

function square(name: string, corner: string, names: readonly string[], cells: CellValue[][]): Table {
  return {
    name: safeSheetName(name),
    columns: [
      { key: 'rowName', header: corner, type: 'text' },
      ...names.map((header, index) => ({ key: `c${index}`, header, type: 'text' as const })),
    ],
    rows: names.map((rowName, index) => [rowName, ...(cells[index] ?? [])]),
  };
}

/**
 * Each label once, whatever its case: a repeat gets " (2)", " (3)"… so that two bodies of the
 * same name stay two rows. `fit` joins a label and its suffix (a short label cuts the label to
 * keep its length).
 */
export function distinctLabels(
  labels: readonly string[],
  fit: (label: string, suffix: string) => string = (label, suffix) => `${label}${suffix}`,
): string[] {
  const seen = new Set<string>();
  return labels.map((base) => {
    let label = base;
    for (let copy = 2; seen.has(label.toLocaleLowerCase()); copy += 1) label = fit(base, ` (${copy})`);
    seen.add(label.toLocaleLowerCase());
    return label;
  });
}

/** The order of a matrix's rows and columns: by name. */
export function sortedByName<S extends { name: string }>(stakeholders: readonly S[]): S[] {
  return [...stakeholders].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Stakeholder × stakeholder. Undirected relationships fill both cells, so the matrix is
 * symmetric unless some relationships are directed (those fill only row → column).
 */
export function stakeholderMatrix(
  data: Pick<ExportData, 'stakeholders' | 'relationships' | 'actions'>,
  mode: StakeholderMatrixMode,
  labels: ExportLabels,
): Table {
  const stakeholders = sortedByName(data.stakeholders);
  const index = new Map(stakeholders.map((stakeholder, position) => [stakeholder.id, position]));
  const size = stakeholders.length;
  const cells: Array<Array<CellValue>> = Array.from({ length: size }, () => Array<CellValue>(size).fill(null));
  const types: Array<Map<number, Set<string>>> = Array.from({ length: size }, () => new Map());
  const put = (row: number, column: number, value: (previous: CellValue) => CellValue) => {
    const cellRow = cells[row]!;
    cellRow[column] = value(cellRow[column] ?? null);
  };
  if (mode === 'sharedActions') {
    for (const action of data.actions) {
      const targets = [...new Set(action.targetIds)]
        .map((id) => index.get(id))
        .filter((position) => position !== undefined);
      for (const a of targets)
        for (const b of targets)
          if (a !== b) put(a, b, (previous) => (typeof previous === 'number' ? previous : 0) + 1);
    }
  } else {
    for (const relationship of data.relationships) {
      const source = index.get(relationship.sourceId);
      const target = index.get(relationship.targetId);
      if (source === undefined || target === undefined || source === target) continue;
      const pairs = relationship.isDirected
        ? [[source, target]]
        : [
            [source, target],
            [target, source],
          ];
      for (const [row, column] of pairs as Array<[number, number]>) {
        if (mode === 'strength')
          put(row, column, (previous) => Math.max(typeof previous === 'number' ? previous : 0, relationship.strength));
        else {
          const rowTypes = types[row]!;
          rowTypes.set(
            column,
            (rowTypes.get(column) ?? new Set()).add(labels.value('relationshipType', relationship.type)),
          );
        }
      }
    }
    if (mode === 'types')
      types.forEach((row, rowIndex) =>
        row.forEach((names, column) => put(rowIndex, column, () => [...names].sort().join(', '))),
      );
  }
  return square(
    labels.sheet(`matrix.${mode}`),
    labels.header('stakeholder'),
    distinctLabels(stakeholders.map((stakeholder) => stakeholder.name)),
    cells,
  );
}

/** How many stakeholders of each category each region holds (no region: national, EU…). */
export function regionCategoryMatrix(
  data: Pick<ExportData, 'stakeholders'>,
  labels: ExportLabels,
  noRegionLabel: string,
): Table {
  const used = new Set(data.stakeholders.map((stakeholder) => stakeholder.categoryId));
  const categories = [
    ...DEFAULT_CATEGORY_IDS.filter((id) => used.has(id)),
    ...[...used].filter((id) => !DEFAULT_CATEGORY_IDS.includes(id)).sort(),
  ];
  const regions: Array<string | null> = [...REGION_IDS, null];
  const rows = regions.map((region) =>
    categories.map(
      (category) =>
        data.stakeholders.filter((stakeholder) => stakeholder.region === region && stakeholder.categoryId === category)
          .length,
    ),
  );
  return {
    name: safeSheetName(labels.sheet('matrix.regionCategory')),
    columns: [
      { key: 'region', header: labels.header('region'), type: 'text' },
      ...categories.map((id) => ({ key: id, header: labels.category(id), type: 'number' as const })),
    ],
    rows: regions.map((region, position) => [
      region ? labels.value('region', region) : noRegionLabel,
      ...(rows[position] ?? []),
    ]),
  };
}

/** The stakeholders party to some agreement, the columns of agreementPartyMatrix. */
export function agreementParties<S extends { id: string; name: string }>(data: {
  stakeholders: readonly S[];
  agreements: ExportData['agreements'];
}): S[] {
  const partyIds = new Set(
    data.agreements.flatMap((agreement) => agreement.parties.map((party) => party.stakeholderId)),
  );
  return sortedByName(data.stakeholders.filter((stakeholder) => partyIds.has(stakeholder.id)));
}

/** Agreement × party, the cell naming the party's role. */
export function agreementPartyMatrix(
  data: Pick<ExportData, 'stakeholders' | 'agreements'>,
  labels: ExportLabels,
): Table {
  const parties = agreementParties(data);
  const partyNames = distinctLabels(parties.map((party) => party.name));
  return {
    name: safeSheetName(labels.sheet('matrix.agreementParty')),
    columns: [
      { key: 'agreement', header: labels.header('agreement'), type: 'text' },
      ...parties.map((party, index) => ({
        key: party.id,
        header: partyNames[index] ?? party.name,
        type: 'text' as const,
      })),
    ],
    rows: data.agreements.map((agreement) => {
      const roles = new Map(agreement.parties.map((party) => [party.stakeholderId, party.role]));
      return [
        agreement.title,
        ...parties.map((party) => {
          const role = roles.get(party.id);
          return role ? labels.value('partyRole', role) : null;
        }),
      ];
    }),
  };
}
