import { describe, expect, it } from 'vitest';
import { erasureMessages } from './erasure.messages';
import { settingsMessages } from './settings.messages';

// A staff member or an erased contact can be a woman or a man: "eliminato/a" reads as a form
// to fill. The Italian says it without the gendered slash, as "Scheda eliminata: {name}." does.

/** A word ending in a gendered slash: attivo/a, eliminati/e, segnatelo/a. */
const GENDERED_SLASH = /\p{L}[oaie]\/[aeio](?!\p{L})/u;

describe('the Italian messages of staff members and erasure', () => {
  it('never offer a gendered ending after a slash', () => {
    const wrong = Object.entries({ ...settingsMessages.it, ...erasureMessages.it })
      .filter(([, text]) => GENDERED_SLASH.test(text))
      .map(([key]) => key);
    expect(wrong, 'these read "eliminato/a", a form to fill').toEqual([]);
  });

  it('name the person with a noun that carries the gender', () => {
    expect(settingsMessages.it['staff.deleted'].replace('{name}', 'Anna Rossi')).toBe('Persona eliminata: Anna Rossi.');
    expect(erasureMessages.it['erasure.resultTitle'].replace('{name}', 'Anna Rossi')).toBe(
      'Dati di Anna Rossi cancellati',
    );
  });
});
