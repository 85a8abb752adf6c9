import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Regions from '../../shared/domain/regions';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import { I18nProvider } from '../i18n/I18nProvider';
import { StakeholderPicker } from './StakeholderPicker';

// The map's search box and its path finder's two pickers show one list of stakeholders. Each
// picker sorted that list again, and each box folded every name again, when a stakeholder was
// selected: at 10,000 stakeholders about 90 ms of the selection. They now share the work.

// Counts the names folded (a box also folds what is typed, empty at first).
const folding = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../shared/domain/regions', async (original) => {
  const actual = await original<typeof Regions>();
  return {
    ...actual,
    foldForMatching: (text: string) => {
      if (text.trim() !== '') folding.calls += 1;
      return actual.foldForMatching(text);
    },
  };
});

const NAMES = ['Prefettura di Roma', 'ASL Napoli 1', 'Comune di Palermo', 'Caritas Potenza', 'ATS Milano'];

function stakeholderList(): Stakeholder[] {
  // The picker reads only these fields.
  return NAMES.map(
    (name, index) => ({ id: `s-${index}`, name, region: 'lombardia', shortName: '', city: '' }) as Stakeholder,
  );
}

function renderPickers(stakeholders: readonly Stakeholder[], labels: string[], excludeIds?: string[]) {
  return render(
    <I18nProvider initialLanguage="en">
      {labels.map((label) => (
        <StakeholderPicker
          key={label}
          label={label}
          stakeholders={stakeholders}
          value=""
          onChange={() => {}}
          excludeIds={label === 'To' ? excludeIds : undefined}
        />
      ))}
    </I18nProvider>,
  );
}

async function optionsAfterTyping(label: string, text: string): Promise<string[]> {
  const box = screen.getByRole('combobox', { name: label });
  fireEvent.change(box, { target: { value: text } });
  const list = screen.getByRole('listbox', { name: label });
  await waitFor(() => expect(within(list).queryAllByRole('option').length).toBeGreaterThan(0));
  return within(list)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('pickers showing one list of stakeholders', () => {
  it('fold each name once between them, and each still finds what is typed', async () => {
    const stakeholders = stakeholderList();
    folding.calls = 0;
    renderPickers(stakeholders, ['Find', 'From', 'To']);
    await waitFor(() => expect(folding.calls).toBeGreaterThanOrEqual(NAMES.length));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(folding.calls).toBe(NAMES.length);

    expect(await optionsAfterTyping('To', 'napoli')).toEqual(['ASL Napoli 1 · Lombardy']);
    expect(await optionsAfterTyping('Find', 'potenza')).toEqual(['Caritas Potenza · Lombardy']);
  });

  it('list names in order, leaving out the ones a picker excludes', async () => {
    renderPickers(stakeholderList(), ['From', 'To'], ['s-1', 's-4']);
    expect(await optionsAfterTyping('From', 'a')).toHaveLength(NAMES.length);
    expect(await optionsAfterTyping('To', 'a')).toEqual([
      'Caritas Potenza · Lombardy',
      'Comune di Palermo · Lombardy',
      'Prefettura di Roma · Lombardy',
    ]);
  });

  it('name the region in the language shown', async () => {
    const stakeholders = stakeholderList();
    const { unmount } = renderPickers(stakeholders, ['Find']);
    expect(await optionsAfterTyping('Find', 'roma')).toEqual(['Prefettura di Roma · Lombardy']);
    unmount();
    render(
      <I18nProvider initialLanguage="it">
        <StakeholderPicker label="Cerca" stakeholders={stakeholders} value="" onChange={() => {}} />
      </I18nProvider>,
    );
    expect(await optionsAfterTyping('Cerca', 'roma')).toEqual(['Prefettura di Roma · Lombardia']);
  });
});
