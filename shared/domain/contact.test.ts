import { describe, expect, it } from 'vitest';
import { contactInputSchema, contactSchema } from './contact';
import { ENTITIES } from './entities';

// Phone numbers are typed by hand into a comma-separated field, next to the emails.
// Italian numbers come as +39 06 1234 5678, 333 123 4567, 06/1234567, 0039 02 …

function phonesAccepted(phones: string[]): boolean {
  return contactInputSchema.safeParse({ stakeholderId: 'asl-roma-1', name: 'Anna Rossi', phones }).success;
}

describe('the phone numbers of a contact person', () => {
  it('refuse an email address typed into the phone field', () => {
    expect(phonesAccepted(['anna.rossi@aslroma1.it']), 'an email address is stored as a phone number').toBe(false);
  });

  it.each([
    '+39 06 1234 5678',
    '333 123 4567',
    '06/1234567',
    '0039 02 1234 5678',
    '(+39) 06.1234.5678',
    '06-1234567',
    '+44 20 7946 0958',
    '06 1234567 int. 21',
    '06 1234567 (interno 21)',
    '+39 02 1234567 ext. 21',
    '02 1234567 x21',
    '112',
  ])('accept %s', (phone) => {
    expect(phonesAccepted([phone])).toBe(true);
  });

  it.each(['chiedere in segreteria', 'mattina', 'int. 21', 'tel: anna@asl.it'])('refuse %s', (phone) => {
    expect(phonesAccepted([phone])).toBe(false);
  });

  it('say why, on the phone refused', () => {
    const parsed = contactInputSchema.safeParse({
      stakeholderId: 'asl-roma-1',
      name: 'Anna Rossi',
      phones: ['mattina'],
    });
    expect(parsed.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['phones', 0], message: 'invalid-phone' },
    ]);
  });

  it('stay readable as stored: a backup or a teammate’s copy holding an odd phone still restores and syncs', () => {
    const stored = {
      id: 'c1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      stakeholderId: 'asl-roma-1',
      name: 'Anna Rossi',
      phones: ['chiedere in segreteria'],
    };
    expect(ENTITIES.contacts.schema).toBe(contactSchema);
    expect(contactSchema.parse(stored).phones).toEqual(['chiedere in segreteria']);
  });
});

describe('the email addresses of a contact person', () => {
  it('keep one address typed twice in different case, where it was first', () => {
    const parsed = contactInputSchema.parse({
      stakeholderId: 'asl-roma-1',
      name: 'Anna Rossi',
      emails: ['anna.rossi@aslroma1.it', 'segreteria@aslroma1.it', 'Anna.Rossi@ASLRoma1.it'],
    });
    expect(parsed.emails).toEqual(['anna.rossi@aslroma1.it', 'segreteria@aslroma1.it']);
  });
});
