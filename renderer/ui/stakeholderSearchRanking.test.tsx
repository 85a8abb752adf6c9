import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildSampleNetwork } from '../../shared/sample/sampleNetwork';
import { I18nProvider } from '../i18n/I18nProvider';
import { Combobox, type ComboboxItem } from './Combobox';
import { StakeholderPicker } from './StakeholderPicker';

const sample = buildSampleNetwork('2026-01-15');

async function optionsAfterTyping(text: string): Promise<string[]> {
  const input = screen.getByRole('combobox');
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  const list = await screen.findByRole('listbox');
  return within(list)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('stakeholder pickers rank what was typed', () => {
  it('offers Prefettura di Roma first for its own short name "Prefettura RM"', async () => {
    render(
      <I18nProvider>
        <StakeholderPicker label="Search" stakeholders={sample.stakeholders} value="" onChange={() => undefined} />
      </I18nProvider>,
    );
    const options = await optionsAfterTyping('Prefettura RM');
    expect(options[0]).toMatch(/^Prefettura di Roma/);
  });

  it('puts word starts before substrings, ignoring accents and case', async () => {
    const items: ComboboxItem[] = [
      { id: 'substring', label: 'Centro Sereno' },
      { id: 'word-start', label: 'Società Cooperativa Rete' },
      { id: 'other-word-start', label: 'Centro Ré' },
      { id: 'prefix', label: 'RETE Onlus' },
      { id: 'exact', label: 'Ré' },
      { id: 'none', label: 'Caritas' },
    ];
    render(<Combobox label="Search" items={items} value="" onChange={() => undefined} />);
    expect(await optionsAfterTyping('re')).toEqual([
      'Ré',
      'RETE Onlus',
      'Società Cooperativa Rete',
      'Centro Ré',
      'Centro Sereno',
    ]);
  });
});
