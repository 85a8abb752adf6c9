import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium: our machines cannot download Playwright's browsers. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far: a journey should end with none. */
  errors: string[];
}

/**
 * A fresh browser profile per test: its own IndexedDB, as on a new machine. The locale
 * decides the app's first language (Italian systems get Italian).
 */
export async function openApp(browser: Browser, options: { locale?: string; path?: string } = {}): Promise<AppSession> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(options.path ?? '', inject('baseUrl')).href);
  return { context, page, errors };
}
