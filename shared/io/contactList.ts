import { REGION_IDS, type RegionId } from '../domain/regions';
import { dateCell, safeSheetName, type Table } from './cells';
import { exportedColumns, type CellWords } from './columns/columnDescriptor';
import type { ContactColumnKey } from './columns/contactColumns';
import { nameLookup, type ExportData, type ExportLabels } from './exportData';
import { exportedContactColumns } from './workbookTables';

// The contact list of a region, for meetings and mail merges: one row per person, with the
// last time we met them (their latest completed action, else their organisation's). The
// person's columns are the contacts sheet's own (contactColumns.ts).

const LISTED: ReadonlySet<string> = new Set<ContactColumnKey>(['stakeholder', 'person', 'role', 'emails', 'phones']);

function lastDates(
  actions: ExportData['actions'],
  key: (action: ExportData['actions'][number]) => readonly string[],
): Map<string, string> {
  const latest = new Map<string, string>();
  for (const action of actions) {
    if (action.status !== 'done') continue;
    for (const id of key(action)) if ((latest.get(id) ?? '') < action.date) latest.set(id, action.date);
  }
  return latest;
}

export function contactListTables(
  data: ExportData,
  labels: ExportLabels,
  options: { omitPersonalColumns: boolean; noRegionLabel: string },
): Table[] {
  const byPerson = lastDates(data.actions, (action) => action.participantIds);
  const byStakeholder = lastDates(data.actions, (action) => action.targetIds);
  const stakeholderName = nameLookup(data.stakeholders);
  const regionOf = new Map(data.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
  const groups: Array<RegionId | null> = [...REGION_IDS, null];
  const words: CellWords = { labels, stakeholderName, programmeName: nameLookup(data.programmes) };
  const personColumns = exportedContactColumns(options).filter((column) => LISTED.has(column.key));
  const sheets = groups.map((region) => {
    const contacts = data.contacts
      .filter(
        (contact) => (regionOf.get(contact.stakeholderId) ?? null) === region && regionOf.has(contact.stakeholderId),
      )
      .sort(
        (a, b) =>
          stakeholderName(a.stakeholderId).localeCompare(stakeholderName(b.stakeholderId)) ||
          a.name.localeCompare(b.name),
      );
    const columns = [
      ...exportedColumns(labels, personColumns),
      { key: 'lastContact', header: labels.header('lastContact'), type: 'date' as const },
    ];
    const rows = contacts.map((contact) => [
      ...personColumns.map((column) => column.write(contact, words)),
      dateCell(byPerson.get(contact.id) ?? byStakeholder.get(contact.stakeholderId) ?? null),
    ]);
    return { name: safeSheetName(region ? labels.value('region', region) : options.noRegionLabel), columns, rows };
  });
  const filled = sheets.filter((table) => table.rows.length > 0);
  // A workbook needs a sheet: a scope without contact persons gives the headers alone.
  return filled.length > 0 ? filled : [{ ...sheets[0]!, name: safeSheetName(labels.sheet('contacts')) }];
}
