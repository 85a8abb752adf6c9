import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { TEST_LABELS } from '../../test/unit/io/labels';
import { separatorFor, tableToCsv } from './csv';
import { agreementPartyMatrix, stakeholderMatrix } from './matrices';

// The contact matrix saved as CSV (ExportSection: "one CSV file holds one
// table: the full names stay on the axes, there is no key sheet"). Two bodies of different
// regions may share a name ("Caritas diocesana", "Comune di San Giorgio").

describe('a contact matrix in CSV', () => {
  it('tells apart two stakeholders of the same name on its rows and columns', () => {
    const sample = { ...buildSampleNetwork('2026-12-07'), programmes: [] };
    const [first, second, third] = sample.stakeholders;
    const stakeholders = [
      { ...first!, name: 'Caritas diocesana', region: 'lazio' as const },
      { ...second!, name: 'Caritas diocesana', region: 'campania' as const },
      { ...third!, name: 'Questura di Roma' },
    ];
    const tie = { ...sample.relationships[0]!, sourceId: third!.id, targetId: second!.id, isDirected: false };
    const csv = tableToCsv(
      stakeholderMatrix({ stakeholders, relationships: [tie], actions: [] }, 'strength', TEST_LABELS),
      separatorFor('it'),
    );
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    const rowNames = lines.slice(1).map((line) => line.split(';')[0]);
    const columnNames = lines[0]!.split(';').slice(1);
    expect(
      new Set(rowNames).size,
      `rows ${rowNames.join(' | ')}: which Caritas is tied to the Questura cannot be told`,
    ).toBe(3);
    expect(new Set(columnNames).size).toBe(3);
  });

  it('tells apart two parties of the same name on its columns', () => {
    const sample = { ...buildSampleNetwork('2026-12-07'), programmes: [] };
    const agreement = sample.agreements.find((candidate) => candidate.parties.length >= 2)!;
    const [first, second] = agreement.parties;
    const stakeholders = sample.stakeholders.map((stakeholder) =>
      stakeholder.id === first!.stakeholderId || stakeholder.id === second!.stakeholderId
        ? { ...stakeholder, name: 'Comune di San Giorgio' }
        : stakeholder,
    );
    const table = agreementPartyMatrix(
      { stakeholders, agreements: [{ ...agreement, parties: [first!, second!] }] },
      TEST_LABELS,
    );
    const headers = table.columns.slice(1).map((column) => column.header);
    expect(headers, 'two columns named alike').toEqual(['Comune di San Giorgio', 'Comune di San Giorgio (2)']);
  });
});
