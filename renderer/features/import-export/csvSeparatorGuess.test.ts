import { describe, expect, it } from 'vitest';
import { firstSheet, parse } from './testWorkbooks';

// Italian Excel saves "CSV (delimitato dal separatore di elenco)" with semicolons and quotes
// only the fields holding a semicolon, a quote or a line break: commas in notes and addresses
// stay bare. The reader must still split such a file on its semicolons, however many commas
// its text holds (csvRecords.ts csvSeparator decides the separator SheetJS is given).

const ITALIAN_EXCEL_CSV = [
  'Ente;Regione;Note',
  'ASL Roma 1;Lazio;Referente: dott. Rossi, chiamare lunedì, martedì',
  'CAS Il Sole;Lazio;Aperto lun, mer, ven',
  'Prefettura di Roma;Lazio;Tavolo, incontro, verbale',
  'Questura di Roma;Lazio;Ufficio immigrazione, sportello, orari: lun, mar, gio',
].join('\r\n');

describe('a semicolon CSV from Italian Excel whose notes hold commas', () => {
  it('is read in its three columns', () => {
    const sheet = firstSheet(parse('enti.csv', ITALIAN_EXCEL_CSV));
    expect(
      sheet.header.cells,
      'split on commas: every column choice is garbled and no column is recognised as the name',
    ).toEqual(['Ente', 'Regione', 'Note']);
    expect(sheet.rows[3]?.cells).toEqual([
      'Questura di Roma',
      'Lazio',
      'Ufficio immigrazione, sportello, orari: lun, mar, gio',
    ]);
  });
});

describe('a comma CSV whose notes hold semicolons', () => {
  it('is still split on its commas', () => {
    const sheet = firstSheet(
      parse('bodies.csv', 'Body,Region,Notes\nASL Roma 1,Lazio,Mon; Wed; Fri\nCAS Sole,Lazio,"Rome, Italy"\n'),
    );
    expect(sheet.header.cells).toEqual(['Body', 'Region', 'Notes']);
    expect(sheet.rows[1]?.cells).toEqual(['CAS Sole', 'Lazio', 'Rome, Italy']);
  });
});
