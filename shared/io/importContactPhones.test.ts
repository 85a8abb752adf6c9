import { describe, expect, it } from 'vitest';
import { previewImport } from './importPreview';

// A sheet's phone column is typed by hand like the form's: the preview says which row holds
// something that is no phone number, before the import starts, instead of storing it.

describe('the phone column of an imported sheet', () => {
  const fields = ['name', 'contactName', 'contactPhone'] as const;

  it('refuses a row whose phone is an email address, saying why', () => {
    const [row] = previewImport([['ASL Roma 1', 'Anna Rossi', 'anna.rossi@aslroma1.it']], [...fields], []);
    expect(row).toMatchObject({ status: 'error', reasons: ['invalid-phone'] });
  });

  it('takes Italian and international numbers, with their extensions', () => {
    const [row] = previewImport(
      [['ASL Roma 1', 'Anna Rossi', '+39 06 1234 5678; 333 123 4567; 0039 02 1234567 int. 21']],
      [...fields],
      [],
    );
    expect(row).toMatchObject({
      status: 'new',
      contact: { phones: ['+39 06 1234 5678', '333 123 4567', '0039 02 1234567 int. 21'] },
    });
  });
});
