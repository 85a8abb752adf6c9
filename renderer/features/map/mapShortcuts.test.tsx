import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mapShortcutFor } from './mapShortcuts';
import { useMapShortcuts } from './useMapShortcuts';

const press = (key: string, target: EventTarget | null = document.body, extra: Partial<KeyboardEventInit> = {}) =>
  mapShortcutFor({ key, ctrlKey: false, metaKey: false, altKey: false, defaultPrevented: false, target, ...extra });

function Page({ onAction }: { onAction(action: string): void }) {
  useMapShortcuts(onAction);
  return (
    <div>
      <input aria-label="Search" />
      <input type="checkbox" aria-label="Show agreements" />
      <div role="combobox" aria-label="Picker" tabIndex={0} />
      <div contentEditable aria-label="Notes" />
      <button type="button">Zoom in</button>
      <dialog open aria-label="Shortcuts">
        <button type="button">Close</button>
      </dialog>
    </div>
  );
}

describe('map keyboard shortcuts', () => {
  it('maps +, =, -, 0, f, F and ? to their actions, and other keys to none', () => {
    expect(press('+')).toBe('zoomIn');
    expect(press('=')).toBe('zoomIn');
    expect(press('-')).toBe('zoomOut');
    expect(press('0')).toBe('fitAll');
    expect(press('f')).toBe('fitSelection');
    expect(press('F')).toBe('fitSelection');
    expect(press('?')).toBe('help');
    for (const key of ['a', '1', 'Enter', 'Escape', '__proto__', 'constructor', '', '\u0000', 'toString'])
      expect(press(key)).toBeNull();
  });

  it('leaves Ctrl, Cmd and Alt combinations to the browser and the window', () => {
    expect(press('+', document.body, { ctrlKey: true })).toBeNull();
    expect(press('-', document.body, { metaKey: true })).toBeNull();
    expect(press('0', document.body, { altKey: true })).toBeNull();
  });

  it('acts from buttons and checkboxes, never while typing in a field or inside a dialog', () => {
    const onAction = vi.fn();
    render(<Page onAction={onAction} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Search' }), { key: '-' });
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Picker' }), { key: 'f' });
    fireEvent.keyDown(screen.getByLabelText('Notes'), { key: '0' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Close', hidden: true }), { key: '+' });
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Zoom in' }), { key: '+' });
    fireEvent.keyDown(screen.getByRole('checkbox', { name: 'Show agreements' }), { key: '0' });
    fireEvent.keyDown(document.body, { key: 'F' });
    expect(onAction.mock.calls).toEqual([['zoomIn'], ['fitAll'], ['fitSelection']]);
  });

  it('stops listening when the map page goes', () => {
    const onAction = vi.fn();
    const { unmount } = render(<Page onAction={onAction} />);
    unmount();
    fireEvent.keyDown(document.body, { key: '+' });
    expect(onAction).not.toHaveBeenCalled();
  });
});
