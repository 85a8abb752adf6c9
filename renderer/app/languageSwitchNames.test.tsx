import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { META_KEYS } from '../db/repositories/meta';
import { App } from './App';

// The header and Settings both let one choose the language: two selects of one name left a
// screen-reader user asking which is which; Settings' own is named by its card's heading.

beforeEach(async () => {
  await db.meta.put({ key: META_KEYS.onboarded, value: true });
});

afterEach(async () => {
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the language selects on the Settings page', () => {
  it('have names of their own, and both change the language', async () => {
    window.location.hash = '#/settings';
    render(<App />);
    const inSettings = await screen.findByRole('combobox', { name: 'Language of the interface' });
    const inHeader = screen.getByRole('combobox', { name: 'Language' });
    expect(inSettings).not.toBe(inHeader);
    expect(screen.getAllByRole('combobox', { name: 'Language' })).toHaveLength(1);
    fireEvent.change(inSettings, { target: { value: 'it' } });
    expect(await screen.findByRole('combobox', { name: 'Lingua' })).toBe(inHeader);
    expect(screen.getByRole('combobox', { name: 'Lingua dell’interfaccia' })).toBe(inSettings);
  });
});
