import { describe, expect, it } from 'vitest';
import { contactEntryOf, contactPersonsOf } from './importContactEntries';

describe('what an import row brings besides its stakeholder', () => {
  it('a last contact becomes a done contact action addressed to the stakeholder, on that date', () => {
    const entry = contactEntryOf({ lastContact: '2026-03-12' }, { id: 'stk-1', region: 'lazio' }, 'Ultimo contatto');
    expect(entry).toMatchObject({
      title: 'Ultimo contatto',
      kind: 'call-or-email',
      date: '2026-03-12',
      status: 'done',
      targetIds: ['stk-1'],
      regions: ['lazio'],
    });
    expect(contactEntryOf({}, { id: 'stk-1', region: null }, 'x')).toBeNull();
  });

  it('the contact persons of merged rows follow the row’s own', () => {
    const person = (name: string) => ({ name, role: '', emails: [], phones: [] });
    expect(contactPersonsOf({ contact: person('A'), extraContacts: [person('B')] }).map((p) => p.name)).toEqual([
      'A',
      'B',
    ]);
    expect(contactPersonsOf({ contact: null })).toEqual([]);
  });
});
