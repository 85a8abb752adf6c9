import { REGION_IDS, type RegionId } from '../domain/regions';
import { dateCell, safeSheetName, type Table } from './cells';
import { nameLookup, type ExportData, type ExportLabels } from './exportData';

// The contact list of a region, for meetings and mail merges: one row per person, with the
// last time we met them (their latest completed action, else their organisation's).

function lastDates(actions: ExportData['actions'], key: (action: ExportData['actions'][number]) => readonly string[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const action of actions) {
    if (action.status !== 'done') continue;
    for (const id of key(action)) if ((latest.get(id) ?? '') < action.date) latest.set(id, action.date);
  }
  return latest;
}

export function contactListTables(data: ExportData, labels: ExportLabels, options: { omitPersonalColumns: boolean; noRegionLabel: string }): Table[] {
  const byPerson = lastDates(data.actions, (action) => action.participantIds);
  const byStakeholder = lastDates(data.actions, (action) => action.targetIds);
  const stakeholderName = nameLookup(data.stakeholders);
  const regionOf = new Map(data.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
  const groups: Array<RegionId | null> = [...REGION_IDS, null];
  return groups
    .map((region) => {
      const contacts = data.contacts
        .filter((contact) => (regionOf.get(contact.stakeholderId) ?? null) === region && regionOf.has(contact.stakeholderId))
        .sort((a, b) => stakeholderName(a.stakeholderId).localeCompare(stakeholderName(b.stakeholderId)) || a.name.localeCompare(b.name));
      const columns = [
        { key: 'stakeholder', header: labels.header('stakeholder'), type: 'text' as const },
        { key: 'person', header: labels.header('person'), type: 'text' as const },
        { key: 'role', header: labels.header('role'), type: 'text' as const },
        ...(options.omitPersonalColumns
          ? []
          : [
              { key: 'email', header: labels.header('email'), type: 'text' as const },
              { key: 'phone', header: labels.header('phone'), type: 'text' as const },
            ]),
        { key: 'lastContact', header: labels.header('lastContact'), type: 'date' as const },
      ];
      const rows = contacts.map((contact) => [
        stakeholderName(contact.stakeholderId),
        contact.name,
        contact.role,
        ...(options.omitPersonalColumns ? [] : [contact.emails.join('; '), contact.phones.join('; ')]),
        dateCell(byPerson.get(contact.id) ?? byStakeholder.get(contact.stakeholderId) ?? null),
      ]);
      return { name: safeSheetName(region ? labels.value('region', region) : options.noRegionLabel), columns, rows };
    })
    .filter((table) => table.rows.length > 0);
}
