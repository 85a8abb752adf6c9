import { describe, expect, it } from 'vitest';
import { contactInputSchema, isPhoneNumber } from './contact';

// Phones are checked where a person types them (the form, an imported sheet). These are
// numbers people in Italy write on a contact card; each must be accepted, not lose its row.

describe('phone numbers as written in Italy', () => {
  it.each([
    ['a toll-free number', '800 123 456'],
    ['a mobile with the country code', '+39 3331234567'],
    ['a switchboard, said so', '06-12345678 (centralino)'],
    ['a switchboard, said so, without the dash', '06 12345678 centralino'],
    ['the anti-violence line', '1522'],
    ['the public utility 4-digit number', '1500'],
    ['a number with an extension', '06 1234567 int. 21'],
    ['a mobile written with a slash', '333/1234567'],
    ['a fax, said so', '06 1234567 (fax)'],
    ['an office number written as on letterheads', 'tel. 06 1234567'],
    ['a mobile written as on letterheads', 'cell. 333 1234567'],
    ['a mobile for messages', '333 123 4567 (WhatsApp)'],
    ['the emergency number', '112'],
    ['an office number, labelled', 'ufficio: 06 7654321'],
  ])('accepts %s: %s', (_, phone) => {
    expect(isPhoneNumber(phone), `"${phone}" refused as not a phone number`).toBe(true);
  });
});

describe('a phone typed that is no phone number', () => {
  it('names the phone that is refused, so the user knows which one to fix', () => {
    const result = contactInputSchema.safeParse({
      stakeholderId: 'asl',
      name: 'Maria',
      phones: ['06 1234567', 'chiedere in segreteria'],
    });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path, `the error points at the whole list, not at the phone: ${JSON.stringify(issue.path)}`).toEqual([
      'phones',
      1,
    ]);
  });
});
