import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import { META_KEYS } from '../db/repositories/meta';
import type * as I18nProviderModule from '../i18n/I18nProvider';
import { App } from './App';

// Parts with a bug, switched on per test: the settings page, and the language provider at the top.
const broken = vi.hoisted(() => ({ settingsPage: true, languageProvider: false }));
vi.mock('../features/settings/SettingsPage', () => ({
  SettingsPage: () => {
    if (broken.settingsPage) throw new Error('settings page is broken');
    return <h1>Settings page</h1>;
  },
}));
vi.mock('../i18n/I18nProvider', async (importOriginal) => {
  const original = await importOriginal<typeof I18nProviderModule>();
  return {
    I18nProvider: (props: ComponentProps<typeof original.I18nProvider>) => {
      if (broken.languageProvider) throw new Error('language provider is broken');
      return <original.I18nProvider {...props} />;
    },
  };
});

beforeEach(async () => {
  await db.meta.put({ key: META_KEYS.onboarded, value: true });
});

afterEach(async () => {
  broken.settingsPage = true;
  broken.languageProvider = false;
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

describe('the error page at the top of the app', () => {
  it('shows even when what gives the app its language fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.languageProvider = true;
    window.location.hash = '#/dashboard';
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeTruthy();
    for (const name of ['Back', 'Reload', 'Copy details']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });
});

describe('the navigation link of the page shown', () => {
  it('clears that page’s error and tries it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#/settings';
    render(<App />);
    await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' });
    broken.settingsPage = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings page' })).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');
  });
});
