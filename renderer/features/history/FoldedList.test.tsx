import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { FOLDED_LIST_SHOWN, FoldedList } from './FoldedList';

function renderList(count: number) {
  const items = Array.from({ length: count }, (_, index) => `Tie ${index + 1}`);
  render(
    <I18nProvider initialLanguage="en">
      <h4 id="ties">Ties lost</h4>
      <FoldedList labelledBy="ties" items={items} keyOf={(item) => item} render={(item) => item} />
    </I18nProvider>,
  );
  return within(screen.getByRole('list', { name: 'Ties lost' }));
}

describe('a list folded when long', () => {
  it('shows the first items, and all of them on demand, saying how many', () => {
    const list = renderList(1_200);
    expect(list.getAllByRole('listitem')).toHaveLength(FOLDED_LIST_SHOWN);
    const toggle = screen.getByRole('button', { name: 'Show the whole list (1,200)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(list.getAllByRole('listitem')).toHaveLength(1_200);
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(list.getAllByRole('listitem')).toHaveLength(FOLDED_LIST_SHOWN);
  });

  it('does not fold a short list', () => {
    const list = renderList(FOLDED_LIST_SHOWN);
    expect(list.getAllByRole('listitem')).toHaveLength(FOLDED_LIST_SHOWN);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
