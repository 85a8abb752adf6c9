import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UndoConflict, UndoOutcome } from '../../db/undo';
import { I18nProvider } from '../../i18n/I18nProvider';
import { UndoConflictDialog } from './UndoConflictDialog';

// A setting's label is its key (recordLabel): the dialog says what it is in words instead.

const changedSetting = (key: string): UndoConflict => ({ table: 'meta', key, label: key, reason: 'changed' });

function textOf(conflicts: UndoConflict[], language: 'en' | 'it'): string {
  const outcome: UndoOutcome = { isApplied: false, isComplete: false, conflicts, dependents: [], safeRowCount: 0 };
  render(
    <I18nProvider initialLanguage={language}>
      <UndoConflictDialog outcome={outcome} onUndoSafePart={() => undefined} onClose={() => undefined} />
    </I18nProvider>,
  );
  return screen.getByRole('dialog').textContent ?? '';
}

describe('the dialog of what Undo leaves as it is, for settings', () => {
  it('names the sample marker and the privacy lists in words, not by their keys', () => {
    const keys = ['sample', 'privacy.erasedContactIds', 'privacy.copiesPending'];
    const english = textOf(keys.map(changedSetting), 'en');
    expect(english).toContain('Sample network (Setting): changed after this change');
    expect(english).toContain('List of erased contact persons (Setting)');
    expect(english).toContain('Reminder of the copies still to check after erasures (Setting)');
    for (const key of keys) expect(english).not.toContain(key);
  });

  it('does so in Italian too, and keeps the key of a setting it has no words for', () => {
    const italian = textOf([changedSetting('privacy.copiesPending'), changedSetting('constructor')], 'it');
    expect(italian).toContain('Promemoria delle copie ancora da controllare dopo le cancellazioni (Impostazione)');
    expect(italian).toContain('constructor (Impostazione)');
  });
});
