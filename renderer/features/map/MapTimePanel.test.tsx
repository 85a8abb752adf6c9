import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { NO_MAP_TIME, type MapTime, type TimeView } from './mapTime';
import { MapTimePanel } from './MapTimePanel';

function renderPanel(time: MapTime, view: TimeView | null = null, refused: string[] = []) {
  const onChange = vi.fn<(time: MapTime) => void>();
  render(
    <I18nProvider>
      <MapTimePanel time={time} view={view} refused={refused} onChange={onChange} />
    </I18nProvider>,
  );
  return onChange;
}

describe('MapTimePanel', () => {
  it('sets the day the map is drawn as of and the day it is compared with, as whole dates are typed', () => {
    const onChange = renderPanel(NO_MAP_TIME);
    expect(screen.queryByRole('button', { name: 'Back to today' })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'As of' }), { target: { value: '2025-12-06' } });
    expect(onChange).toHaveBeenLastCalledWith({ day: '2025-12-06', from: null });
    fireEvent.change(screen.getByRole('textbox', { name: 'Compare with' }), { target: { value: '2024-12-06' } });
    expect(onChange).toHaveBeenLastCalledWith({ day: null, from: '2024-12-06' });
  });

  it('changes nothing for text that is no date, even once the field is left', () => {
    const onChange = renderPanel(NO_MAP_TIME);
    const asOf = screen.getByRole('textbox', { name: 'As of' });
    for (const hostile of ['2025-02-30', '06/12', '\u0000', 'x'.repeat(5_000)]) {
      fireEvent.change(asOf, { target: { value: hostile } });
      fireEvent.blur(asOf);
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('goes back to today’s network, emptied or with its button', () => {
    const onChange = renderPanel({ day: '2025-12-06', from: '2024-12-06' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Compare with' }), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ day: '2025-12-06', from: null });
    fireEvent.click(screen.getByRole('button', { name: 'Back to today' }));
    expect(onChange).toHaveBeenLastCalledWith(NO_MAP_TIME);
  });

  it('says why it compares nothing, and which dates of the link it ignored', () => {
    renderPanel(
      { day: '2025-01-01', from: '2025-06-01' },
      { day: '2025-01-01', from: null, problem: 'fromNotEarlier' },
      ['2025-02-30'],
    );
    expect(screen.getByText(/Choose a day before 1 Jan 2025 to compare with: no comparison is shown\./)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'The date “2025-02-30” in the link is not a calendar day: it was ignored.',
    );
  });
});
