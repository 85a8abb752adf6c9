import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excelSerial,
  isoFromExcelSerial,
  neutraliseFormula,
  restoreNeutralised,
  safeSheetName,
  type Table,
} from '../../../shared/io/cells';
import { tableToCsv } from '../../../shared/io/csv';
import { agreementPartyMatrix, regionCategoryMatrix, stakeholderMatrix } from '../../../shared/io/matrices';
import { buildWorkbookTables } from '../../../shared/io/workbookTables';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { TEST_LABELS } from './labels';

const sample = buildSampleNetwork('2026-11-22');
const data = { ...sample, programmes: [], staff: sample.staff };

describe('formula injection', () => {
  it.each(['=1+1', '+39 06 123', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('is undone exactly by restoreNeutralised', () => {
    fc.assert(fc.property(fc.string(), (text) => restoreNeutralised(neutraliseFormula(text)) === text));
    expect(neutraliseFormula("'=x")).toBe("''=x");
  });

  it('leaves ordinary text alone', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/^'*[=+\-@\t\r]/.test(text)),
        (text) => neutraliseFormula(text) === text,
      ),
    );
  });

  it('neutralises CSV text cells but keeps numbers as numbers', () => {
    const table: Table = {
      name: 't',
      columns: [
        { key: 'a', header: 'A', type: 'text' },
        { key: 'b', header: 'B', type: 'number' },
      ],
      rows: [['=HYPERLINK("x")', -3]],
    };
    expect(tableToCsv(table, ',')).toBe('\uFEFFA,B\r\n"\'=HYPERLINK(""x"")",-3\r\n');
    expect(tableToCsv(table, ';').split('\r\n')[1]).toBe('"\'=HYPERLINK(""x"")";-3');
  });
});

describe('cells', () => {
  it('turns dates into Excel serial numbers and back', () => {
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2026-11-22')).toBe(46348);
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          return isoFromExcelSerial(excelSerial(iso)) === iso;
        },
      ),
    );
  });

  it('makes names Excel accepts as sheet names', () => {
    const name = safeSheetName('Agreements: parties / roles [2026]');
    expect(name).toBe('Agreements  parties   roles  20');
    expect(name.length).toBeLessThanOrEqual(31);
    expect(safeSheetName('///')).toBe('Sheet');
  });
});

describe('workbook tables', () => {
  const tables = buildWorkbookTables(data, TEST_LABELS, { omitPersonalColumns: false });

  it('has one sheet per entity, with a row per record', () => {
    expect(tables.map((table) => table.name)).toEqual([
      'stakeholders',
      'contacts',
      'relationships',
      'agreements',
      'agreementParties',
      'actions',
      'followUps',
      'programmes',
    ]);
    expect(tables[0]!.rows).toHaveLength(sample.stakeholders.length);
    expect(tables[4]!.rows).toHaveLength(
      sample.agreements.reduce((sum, agreement) => sum + agreement.parties.length, 0),
    );
    expect(tables[6]!.rows).toHaveLength(sample.followUps.length);
  });

  it('leaves emails and phones out on request', () => {
    const keys = (omit: boolean) =>
      buildWorkbookTables(data, TEST_LABELS, { omitPersonalColumns: omit })[1]!.columns.map((column) => column.key);
    expect(keys(false)).toEqual(expect.arrayContaining(['emails', 'phones']));
    expect(keys(true)).not.toEqual(expect.arrayContaining(['emails']));
    expect(keys(true)).not.toContain('phones');
  });

  it('keeps dates as dates and scores as numbers', () => {
    const relationships = tables[2]!;
    const since = relationships.columns.findIndex((column) => column.key === 'since');
    expect(relationships.rows[0]![since]).toEqual({ date: sample.relationships[0]!.since });
    const influence = tables[0]!.columns.findIndex((column) => column.key === 'influence');
    expect(typeof tables[0]!.rows[0]![influence]).toBe('number');
  });
});

describe('contact matrices', () => {
  it('is square and symmetric for undirected relationships', () => {
    const undirected = {
      ...sample,
      relationships: sample.relationships.filter((relationship) => !relationship.isDirected),
    };
    for (const mode of ['types', 'strength', 'sharedActions'] as const) {
      const matrix = stakeholderMatrix(undirected, mode, TEST_LABELS);
      const size = sample.stakeholders.length;
      expect(matrix.rows).toHaveLength(size);
      expect(matrix.columns).toHaveLength(size + 1);
      for (let row = 0; row < size; row += 1) {
        expect(matrix.rows[row]![0]).toBe(matrix.columns[row + 1]!.header);
        for (let column = 0; column < size; column += 1)
          expect(matrix.rows[row]![column + 1]).toEqual(matrix.rows[column]![row + 1]);
      }
    }
  });

  it('counts actions two stakeholders were both targets of', () => {
    const meeting = sample.actions.find((action) => action.targetIds.length >= 6)!;
    const [a, b] = meeting.targetIds as [string, string];
    const matrix = stakeholderMatrix(sample, 'sharedActions', TEST_LABELS);
    const names = matrix.rows.map((row) => row[0]);
    const nameOf = (id: string) => sample.stakeholders.find((stakeholder) => stakeholder.id === id)!.name;
    const expected = sample.actions.filter(
      (action) => action.targetIds.includes(a) && action.targetIds.includes(b),
    ).length;
    expect(matrix.rows[names.indexOf(nameOf(a))]![names.indexOf(nameOf(b)) + 1]).toBe(expected);
  });

  it('counts stakeholders per region and category, and names party roles', () => {
    const counts = regionCategoryMatrix(sample, TEST_LABELS, 'national');
    const total = counts.rows.reduce(
      (sum, row) => sum + row.slice(1).reduce<number>((rowSum, cell) => rowSum + (cell as number), 0),
      0,
    );
    expect(total).toBe(sample.stakeholders.length);
    const parties = agreementPartyMatrix(sample, TEST_LABELS);
    expect(parties.rows).toHaveLength(sample.agreements.length);
    expect(parties.rows[0]!.filter((cell) => typeof cell === 'string' && cell.startsWith('partyRole:'))).toHaveLength(
      sample.agreements[0]!.parties.length,
    );
  });
});
