import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { META_KEYS } from '../db/repositories/meta';
import { App } from './App';

// A page with a bug: the settings page fails to render.
vi.mock('../features/settings/SettingsPage', () => ({
  SettingsPage: () => {
    throw new Error('settings page is broken');
  },
}));

beforeEach(async () => {
  await db.meta.put({ key: META_KEYS.onboarded, value: true });
});

afterEach(async () => {
  vi.restoreAllMocks();
  window.location.hash = '';
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('the app at a malformed address', () => {
  it('says the address cannot be opened, with Back, Reload and Copy details, and keeps the navigation', async () => {
    window.location.hash = '#/stakeholders/%E0%A4%A';
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This address cannot be opened' })).toBeTruthy();
    for (const name of ['Back', 'Reload', 'Copy details']) expect(screen.getByRole('button', { name })).toBeTruthy();
    const navigation = screen.getByRole('navigation', { name: 'Main sections' });
    expect(navigation.querySelector('[aria-current]')).toBeNull();
  });
});

describe('the app with a page that fails to render', () => {
  it('shows the error page in place of that page only: the header and the navigation stay', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/settings';
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main sections' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('the skip link', () => {
  it('moves focus to the main content and leaves the address alone', async () => {
    window.location.hash = '#/settings';
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<App />);
    const skip = await screen.findByRole('link', { name: 'Skip to content' });
    skip.click();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('#/settings');
  });
});
