import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Relationship } from '../../../shared/domain/relationship';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { PathFinder } from './PathFinder';

// "Clear the paths" removes its own button: the keyboard focus must stay in the path finder.

const sample = buildSampleNetwork('2026-01-15');
const [a, b, c] = sample.stakeholders;
const tie = (id: string, sourceId: string, targetId: string): Relationship => ({
  ...sample.relationships[0]!,
  id,
  sourceId,
  targetId,
  status: 'active',
  strength: 3,
  since: '2019-01-01',
  until: null,
});

async function choose(label: string, typed: string) {
  const input = screen.getByRole('combobox', { name: label });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: typed } });
  const [first] = within(await screen.findByRole('listbox', { name: label })).getAllByRole('option');
  fireEvent.mouseDown(first!);
}

describe('PathFinder and the keyboard focus', () => {
  it('keeps the keyboard focus in the path finder after "Clear"', async () => {
    const stakeholders = [a!, b!, c!];
    const relationships = [tie('r-ab', a!.id, b!.id), tie('r-bc', b!.id, c!.id)];
    render(
      <I18nProvider>
        <PathFinder
          stakeholders={stakeholders}
          relationships={relationships}
          focusedId={a!.id}
          shownIds={new Set(stakeholders.map((stakeholder) => stakeholder.id))}
          cyRef={{ current: null }}
          day="2026-01-15"
          isOverview={false}
          onOpenGroups={vi.fn()}
          onFocus={vi.fn()}
        />
      </I18nProvider>,
    );
    await choose('To', c!.name);
    fireEvent.click(screen.getByRole('button', { name: 'Find paths' }));
    const clear = screen.getByRole('button', { name: 'Clear the paths' });
    clear.focus();
    fireEvent.click(clear);
    expect(
      document.activeElement === document.body ? 'the page body' : document.activeElement?.textContent,
      'after Clear removes its own button the focus falls to the page body',
    ).not.toBe('the page body');
  });
});
