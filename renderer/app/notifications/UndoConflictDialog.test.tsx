import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UndoConflict, UndoOutcome } from '../../db/undo';
import { I18nProvider } from '../../i18n/I18nProvider';
import { UndoConflictDialog } from './UndoConflictDialog';

const changed = (index: number): UndoConflict => ({
  table: 'stakeholders',
  key: `s${index}`,
  label: `Ente ${index}`,
  reason: 'changed',
});

function outcomeWith(conflicts: UndoConflict[], dependents: UndoConflict[], safeRowCount = 3): UndoOutcome {
  return { isApplied: false, isComplete: false, conflicts, dependents, safeRowCount };
}

function show(outcome: UndoOutcome, language: 'en' | 'it' = 'en') {
  render(
    <I18nProvider initialLanguage={language}>
      <UndoConflictDialog outcome={outcome} onUndoSafePart={() => undefined} onClose={() => undefined} />
    </I18nProvider>,
  );
  return screen.getByRole('dialog');
}

describe('the dialog of what Undo leaves as it is', () => {
  it('names the records that depend on the conflicts, and tells "changed" from "referred to later"', () => {
    const dialog = show(
      outcomeWith(
        [
          changed(1),
          {
            table: 'stakeholders',
            key: 's2',
            label: 'ASL Roma 1',
            reason: 'referenced',
            by: { table: 'contacts', label: 'Marco Nuovo' },
          },
        ],
        [
          {
            table: 'stakeholders',
            key: 's3',
            label: 'CAS Tiburtino',
            reason: 'needed-by',
            by: { table: 'contacts', label: 'Luca Modello' },
          },
          {
            table: 'contacts',
            key: 'c1',
            label: 'Anna Prova',
            reason: 'needs',
            by: { table: 'stakeholders', label: 'ASL Roma 4' },
          },
        ],
      ),
    );
    const text = dialog.textContent ?? '';
    expect(text).toContain('Ente 1 (Stakeholder): changed after this change');
    expect(text).toContain('ASL Roma 1 (Stakeholder): referred to later by Marco Nuovo (Contact person)');
    expect(text).toContain('And 2 records that depend on them stay as they are now:');
    expect(text).toContain('CAS Tiburtino (Stakeholder): stays, because Luca Modello (Contact person) refers to it');
    expect(text).toContain(
      'Anna Prova (Contact person): not brought back, because it refers to ASL Roma 4 (Stakeholder)',
    );
    expect(text).toContain('You can undo the rest (3 records)');
    expect(screen.getByRole('button', { name: 'Undo the rest' })).toBeTruthy();
  });

  it('counts what it does not list, in the right plural, in Italian too', () => {
    const dialog = show(
      outcomeWith(
        Array.from({ length: 51 }, (_, index) => changed(index)),
        [],
        0,
      ),
      'it',
    );
    const text = dialog.textContent ?? '';
    expect(text).toContain('… e 1 altro.');
    expect(text).not.toContain('altri 1');
    expect(dialog.querySelectorAll('li')).toHaveLength(50);
    expect(screen.queryByRole('button', { name: 'Annulla il resto' })).toBeNull();
  });

  it('calls a map position what it is', () => {
    const dialog = show(
      outcomeWith(
        [{ table: 'mapPositions', key: 'default:regions\u0000s1', label: 'ASL Roma 1', reason: 'changed' }],
        [],
      ),
    );
    expect(dialog.textContent).toContain(
      'ASL Roma 1 (Position in a layout of the main map): changed after this change',
    );
  });
});
