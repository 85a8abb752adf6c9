import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { StakeholdersPage } from './pages/StakeholdersPage';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/browser';

// The power goes off while a large import is being written: after a restart the registry
// holds either everything it held before or that plus every imported row, never part of
// the file. A real Chromium profile on disk is killed with SIGKILL and opened again.

const LARGE_IMPORT_ROWS = 20_000;
const EARLIER_ROWS = 3;
/** How the page writes the number in English (en-GB): 20,000. */
const LARGE_IMPORT_SHOWN = LARGE_IMPORT_ROWS.toLocaleString('en-GB');

const profiles: string[] = [];
afterAll(() => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

function stakeholderCsv(namePrefix: string, count: number): Buffer {
  const regions = ['Lazio', 'Lombardia', 'Campania', 'Sicilia', 'Basilicata'];
  const lines = ['Ente;Regione;Città;Note'];
  for (let index = 1; index <= count; index += 1) {
    lines.push(
      `${namePrefix} ${index};${regions[index % regions.length]};Comune ${index};Riga ${index} del file, con àèìòù`,
    );
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

const WRITES_COUNTER = '__stakeholderWriteRequests';

/**
 * Counts the write requests made to the stakeholders store, so that the test can pull the
 * plug once rows are being written and before the transaction commits. It only observes.
 */
function countStakeholderWrites(counterName: string): void {
  const { put, add } = IDBObjectStore.prototype;
  let requests = 0;
  const count = (store: IDBObjectStore) => {
    if (store.name === 'stakeholders') Reflect.set(window, counterName, (requests += 1));
  };
  // New rows are added, updated ones put (renderer/db/importStakeholders.ts): both are writes.
  IDBObjectStore.prototype.put = function countedPut(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    count(this);
    return put.apply(this, args);
  };
  IDBObjectStore.prototype.add = function countedAdd(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    count(this);
    return add.apply(this, args);
  };
}

/** A persistent profile: IndexedDB lives in `profileDir` and survives the browser. */
async function launchWithProfile(
  profileDir: string,
  options: { countWrites?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    locale: 'en-GB',
    viewport: { width: 1400, height: 900 },
  });
  if (options.countWrites) await context.addInitScript(countStakeholderWrites, WRITES_COUNTER);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseUrl'));
  return { context, page };
}

/**
 * The browser process of this profile (the one without a --type, which its helpers have).
 * Playwright does not expose it for persistent contexts; the profile dir is unique to this test.
 */
function browserProcessId(profileDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let commandLine: string[];
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (
      commandLine.includes(`--user-data-dir=${profileDir}`) &&
      !commandLine.some((argument) => argument.startsWith('--type='))
    )
      return Number(entry);
  }
  throw new Error(`No Chromium process found for ${profileDir}`);
}

function isRunning(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]?.startsWith('Z');
  } catch {
    return false;
  }
}

async function killAndWait(pid: number, context: BrowserContext): Promise<void> {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(pid, 'SIGKILL');
  await closed;
  expect(isRunning(pid)).toBe(false);
}

async function registryCount(page: Page): Promise<string | null> {
  const registry = new StakeholdersPage(page);
  await registry.open();
  return registry.count().textContent();
}

describe('a crash in the middle of a large import', () => {
  it(`leaves all ${LARGE_IMPORT_ROWS} rows or none after Chromium is killed and restarted`, async () => {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'trama-crash-profile-'));
    profiles.push(profileDir);
    const first = await launchWithProfile(profileDir, { countWrites: true });
    await new OnboardingPage(first.page).startEmpty();
    const io = new ImportExportPage(first.page);
    await io.open();
    await io.chooseImportFile({
      name: 'earlier.csv',
      mimeType: 'text/csv',
      buffer: stakeholderCsv('Ente già presente', EARLIER_ROWS),
    });
    await first.page.getByRole('button', { name: `Import ${EARLIER_ROWS} stakeholders` }).click();
    await first.page.getByRole('status').getByText(`${EARLIER_ROWS} stakeholders added`).waitFor();

    await io.chooseImportFile({
      name: 'large.csv',
      mimeType: 'text/csv',
      buffer: stakeholderCsv('Ente importato', LARGE_IMPORT_ROWS),
    });
    await io.summary().waitFor({ timeout: 60_000 });
    expect(await io.summary().textContent()).toBe(
      `${LARGE_IMPORT_SHOWN} new, 0 updates, 0 duplicates, 0 with errors, 0 skipped`,
    );
    const pid = browserProcessId(profileDir);
    await first.page.getByRole('button', { name: `Import ${LARGE_IMPORT_SHOWN} stakeholders` }).click();
    await io.importSection().getByRole('status').getByText('Importing…').waitFor();
    // The power goes off once a first batch of the new rows is being written.
    await first.page.waitForFunction(
      ([counter, atLeast]) => Number(Reflect.get(window, counter) ?? 0) >= atLeast,
      [WRITES_COUNTER, EARLIER_ROWS + 1_000] as const,
      {
        polling: 'raf',
      },
    );
    await killAndWait(pid, first.context);

    const second = await launchWithProfile(profileDir);
    const countAfterCrash = await registryCount(second.page);
    const nothing = `${EARLIER_ROWS} of ${EARLIER_ROWS} stakeholders`;
    const allRows = (EARLIER_ROWS + LARGE_IMPORT_ROWS).toLocaleString('en-GB');
    const everything = `${allRows} of ${allRows} stakeholders`;
    expect([nothing, everything]).toContain(countAfterCrash);

    // Whatever survived, the database is whole: the same file imports (again) cleanly.
    if (countAfterCrash === nothing) {
      const retry = new ImportExportPage(second.page);
      await retry.open();
      await retry.chooseImportFile({
        name: 'large.csv',
        mimeType: 'text/csv',
        buffer: stakeholderCsv('Ente importato', LARGE_IMPORT_ROWS),
      });
      await second.page
        .getByRole('button', { name: `Import ${LARGE_IMPORT_SHOWN} stakeholders` })
        .click({ timeout: 60_000 });
      await second.page
        .getByRole('status')
        .getByText(`${LARGE_IMPORT_SHOWN} stakeholders added`)
        .waitFor({ timeout: 60_000 });
      expect(await registryCount(second.page)).toBe(everything);
    }
    await second.context.close();
  }, 240_000);
});
