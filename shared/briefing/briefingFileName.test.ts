import { describe, expect, it } from 'vitest';
import { invokeContract, isPlainFileName } from '../ipc/contract';
import { briefingFileName } from './briefingFileName';

// The name a saved briefing is offered under: what it is, for which meeting, on which day, in
// the interface language, never an internal id; and always a name the save dialog accepts.

const printName = (suggestedName: string) =>
  invokeContract['briefing:print-to-pdf'].safeParse({ briefingId: 'b-1', suggestedName }).success;

describe('a briefing file name', () => {
  it('says what the file is, for which meeting and day, in the interface language', () => {
    expect(briefingFileName({ word: 'Briefing', title: 'Tavolo regionale Lazio', date: '2027-01-15' }, 'xlsx')).toBe(
      'Briefing – Tavolo regionale Lazio – 2027-01-15.xlsx',
    );
    expect(briefingFileName({ word: 'Dossier', title: 'Tavolo regionale Lazio', date: '2027-01-15' }, 'pdf')).toBe(
      'Dossier – Tavolo regionale Lazio – 2027-01-15.pdf',
    );
  });

  it.each([
    ['slashes', 'Lazio/Roma\\Latina', 'Briefing – Lazio-Roma-Latina – 2027-01-15.pdf'],
    [
      'colons and wildcards',
      'Tavolo: ore 10:30 <ASL>? "sì" | no*',
      'Briefing – Tavolo- ore 10-30 -ASL-- -sì- - no – 2027-01-15.pdf',
    ],
    [
      'control characters and bidi overrides',
      'Tavolo\u0000\u0007\n\u202Eexe.pdf\u200B',
      'Briefing – Tavolo exe.pdf – 2027-01-15.pdf',
    ],
    ['a reserved device name', 'CON', 'Briefing – CON – 2027-01-15.pdf'],
    ['trailing dots and spaces', 'Riunione...   ', 'Briefing – Riunione – 2027-01-15.pdf'],
    ['nothing left', '\u0000/:.', 'Briefing – 2027-01-15.pdf'],
  ])('makes a name the save dialog accepts from a title with %s', (_case, title, expected) => {
    const name = briefingFileName({ word: 'Briefing', title, date: '2027-01-15' }, 'pdf');
    expect(name).toBe(expected);
    expect(isPlainFileName(name)).toBe(true);
    expect(printName(name)).toBe(true);
  });

  it('shortens a 300-character title, by whole characters, to fit every file system', () => {
    for (const letter of ['a', 'à', '数', '😀']) {
      const name = briefingFileName({ word: 'Dossier', title: letter.repeat(300), date: '2027-01-15' }, 'xlsx');
      expect(name.startsWith(`Dossier – ${letter}`)).toBe(true);
      expect(name.endsWith(`… – 2027-01-15.xlsx`)).toBe(true);
      expect(printName(name)).toBe(true);
      expect(
        invokeContract['file:save'].safeParse({
          suggestedName: name,
          data: 'x',
          filters: [{ name: 'XLSX', extensions: ['xlsx'] }],
        }).success,
      ).toBe(true);
    }
  });

  it('leaves the date out when there is none', () => {
    expect(briefingFileName({ word: 'Briefing', title: 'Rete Sicilia', date: null }, 'pdf')).toBe(
      'Briefing – Rete Sicilia.pdf',
    );
  });
});
