import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseBackup, serialiseBackup, type BackupError, type BackupTables } from '../../../shared/io/backup';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { stakeholderInput } from '../../../test/support/builders';
import { db } from '../../db/db';
import { createStakeholder } from '../../db/repositories/stakeholders';
import { deleteSafetyCopy, listSafetyCopies, saveSafetyCopy } from '../../db/safetyCopies';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { BackupWorkerMessage, BackupWorkerRequest } from './backupWorkerProtocol';
import { emptyBackupTables } from '../../../test/support/backupTables';

// The backup worker as the page sees it: a request in, messages out. The worker's module
// runs here with a stand-in for its global scope (the database is the app's own, in memory).

let messages: BackupWorkerMessage[] = [];
let handle: (request: BackupWorkerRequest) => void;
let decodeBackupBytes: (bytes: ArrayBuffer, decode?: (input: ArrayBuffer) => string) => string;

beforeAll(async () => {
  const scope: {
    onmessage: ((event: { data: BackupWorkerRequest }) => void) | null;
    postMessage(message: BackupWorkerMessage): void;
  } = {
    onmessage: null,
    postMessage: (message) => messages.push(message),
  };
  vi.stubGlobal('self', scope);
  ({ decodeBackupBytes } = await import('./backupWorker'));
  handle = (request) => scope.onmessage?.({ data: request });
});

afterEach(async () => {
  messages = [];
  await Promise.all(db.tables.map((table) => table.clear()));
  for (const copy of await listSafetyCopies()) await deleteSafetyCopy(copy.id);
});

/** Sends the request and waits for the worker's last word. */
async function run(request: BackupWorkerRequest): Promise<BackupWorkerMessage> {
  handle(request);
  return vi.waitFor(
    () => {
      const last = messages.at(-1);
      if (!last || !['preview', 'refused', 'failed', 'copy-gone', 'serialised', 'safety-copy'].includes(last.type))
        throw new Error('not yet');
      return last;
    },
    { timeout: 30_000, interval: 20 },
  );
}

function sampleText(): string {
  const tables: BackupTables = {
    ...emptyBackupTables(),
    ...buildSampleNetwork('2026-11-22'),
    programmes: [],
    categories: [],
    mapPositions: [],
    meta: [
      { key: 'onboarded', value: true },
      { key: 'x-unknown', value: 'y' },
    ],
    briefings: [],
  };
  return serialiseBackup(tables, CURRENT_SCHEMA_VERSION, '2026-11-23T12:00:00.000Z');
}

const readRequest = (
  source: Extract<BackupWorkerRequest, { kind: 'read' }>['source'],
): Extract<BackupWorkerRequest, { kind: 'read' }> => ({
  kind: 'read',
  source,
  schemaVersion: CURRENT_SCHEMA_VERSION,
  marker: '[erased]',
});

describe('the backup worker reading a file', () => {
  it('sends the header, the rows in slices and the preview, naming the meta rows it leaves out', async () => {
    const last = await run(readRequest({ text: sampleText() }));
    expect(last.type).toBe('preview');
    const rows = messages.flatMap((message) =>
      message.type === 'rows' && message.table === 'stakeholders' ? message.rows : [],
    );
    expect(rows).toHaveLength(buildSampleNetwork('2026-11-22').stakeholders.length);
    expect(last.type === 'preview' && last.preview.droppedMeta).toEqual([{ key: 'x-unknown', reason: 'unknown' }]);
    expect(messages.filter((message) => message.type === 'step').length).toBeGreaterThanOrEqual(2);
    // The page takes the rows in while the worker reads the database and compares.
    const lastRows = messages.findLastIndex((message) => message.type === 'rows');
    expect(lastRows).toBeLessThan(
      messages.findIndex((message) => message.type === 'step' && message.step === 'read-database'),
    );
  });

  it('counts the rows of tables this version no longer has (saved map views) for the preview to tell', async () => {
    const raw = JSON.parse(sampleText()) as { schemaVersion: number; tables: Record<string, unknown> };
    const view = JSON.parse('{"id":"view-1","name":"\\u202eCampania\\u0000","__proto__":{"polluted":true}}') as unknown;
    raw.schemaVersion = 2;
    raw.tables.savedViews = [view, view, null];
    const last = await run(readRequest({ text: JSON.stringify(raw) }));
    expect(last.type === 'preview' && last.preview.retiredRows).toEqual([{ table: 'savedViews', count: 3 }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a file the page handed over unread, lets go of it, and refuses one that is not UTF-8 as such', async () => {
    const request = readRequest({ file: new File([sampleText()], 'trama-backup.json') });
    const last = await run(request);
    expect(last.type).toBe('preview');
    expect(request.source).toBeNull();
    const stakeholders = messages.flatMap((message) =>
      message.type === 'rows' && message.table === 'stakeholders' ? message.rows : [],
    );
    expect(stakeholders).toHaveLength(buildSampleNetwork('2026-11-22').stakeholders.length);
    messages = [];
    const notUtf8 = new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'latin1.json');
    expect(await run(readRequest({ file: notUtf8 }))).toMatchObject({ type: 'refused', reason: 'not-utf8' });
  });

  it('refuses a file too long for a string as too large, not as "not JSON"', () => {
    const tooLong = () => {
      throw new RangeError('Invalid string length');
    };
    expect(() => decodeBackupBytes(new ArrayBuffer(8), tooLong)).toThrow(
      expect.objectContaining({ reason: 'too-large' }) as BackupError,
    );
  });

  it('reads a copy this browser keeps by itself, and says when it is gone', async () => {
    const { id } = await saveSafetyCopy({
      createdAt: '2026-11-23T12:00:00.000Z',
      reason: 'before-restore',
      json: sampleText(),
    });
    expect((await run(readRequest({ browserSafetyCopyId: id }))).type).toBe('preview');
    messages = [];
    expect((await run(readRequest({ browserSafetyCopyId: id + 1 }))).type).toBe('copy-gone');
  });
});

describe('the backup worker keeping the copy taken before a restore, in the browser', () => {
  it('says once it has read the data, so that the restore can write while the copy is saved', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    const last = await run({ kind: 'keep-safety-copy-in-browser' });
    expect(messages.map((message) => message.type)).toEqual(['current-data-read', 'safety-copy']);
    expect(last).toMatchObject({ type: 'safety-copy', copy: { where: 'browser', isNew: true } });
    const [copy] = await listSafetyCopies();
    expect(parseBackup(copy!.json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual([
      'Held here',
    ]);
  });

  it('keeps nothing when the database holds no work', async () => {
    expect(await run({ kind: 'keep-safety-copy-in-browser' })).toEqual({ type: 'safety-copy', copy: null });
    expect(messages.map((message) => message.type)).toEqual(['safety-copy']);
    expect(await listSafetyCopies()).toEqual([]);
  });
});

describe('the backup worker copying the data its preview read', () => {
  /** The preview's reading, with the worker asked to hold the data it read. */
  async function previewHolding(text: string): Promise<void> {
    expect((await run({ ...readRequest({ text }), holdDataRead: true })).type).toBe('preview');
    messages = [];
  }

  it('keeps the copy from the data it compared with, without reading the database again', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    await previewHolding(sampleText());
    // Written after the preview: a second reading would put it in the copy (the page reads afresh then instead).
    await createStakeholder(db, stakeholderInput({ name: 'Written since' }));
    const last = await run({ kind: 'copy-data-read', keepInBrowser: true });
    expect(messages.map((message) => message.type)).toEqual(['safety-copy']);
    expect(last).toMatchObject({ type: 'safety-copy', copy: { where: 'browser', isNew: true } });
    const [copy] = await listSafetyCopies();
    expect(parseBackup(copy!.json, CURRENT_SCHEMA_VERSION).tables.stakeholders.map((row) => row.name)).toEqual([
      'Held here',
    ]);
  });

  it('serialises it for the desktop, with its digest, and holds it for one copy only', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    await previewHolding(sampleText());
    const serialised = await run({ kind: 'copy-data-read', keepInBrowser: false });
    expect(serialised).toMatchObject({ type: 'serialised', digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    messages = [];
    expect(await run({ kind: 'copy-data-read', keepInBrowser: false })).toMatchObject({ type: 'failed' });
  });

  it('tells why the data read cannot be written as a copy when the copy is asked for, and keeps none', async () => {
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    // IndexedDB stores a value that refers to itself; JSON cannot write it.
    const looped: { key: string; value?: unknown } = { key: 'x-looped' };
    looped.value = looped;
    await db.meta.put(looped as never);
    await previewHolding(sampleText());
    const last = await run({ kind: 'copy-data-read', keepInBrowser: true });
    expect(last).toMatchObject({ type: 'failed', message: expect.stringMatching(/circular/i) });
    expect(await listSafetyCopies()).toEqual([]);
  });

  it('holds nothing when the database holds no work, or when not asked to', async () => {
    await previewHolding(sampleText());
    expect(await run({ kind: 'copy-data-read', keepInBrowser: true })).toMatchObject({ type: 'failed' });
    messages = [];
    await createStakeholder(db, stakeholderInput({ name: 'Held here' }));
    await run(readRequest({ text: sampleText() }));
    messages = [];
    expect(await run({ kind: 'copy-data-read', keepInBrowser: true })).toMatchObject({ type: 'failed' });
    expect(await listSafetyCopies()).toEqual([]);
  });
});
