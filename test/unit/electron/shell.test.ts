import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, fixAppIdentity } from '../../../electron/appIdentity';
import { BACKUP_SHAPE_WORKER_FILE } from '../../../electron/backupShapeCheck';
import { menuTemplate } from '../../../electron/menu';
import { devServerUrl } from '../../../electron/window';

vi.mock('electron', async () => (await import('./electronMock')).createElectronMock().module);

describe('app identity', () => {
  it('keeps the data folder under a fixed name', () => {
    const app = { setName: vi.fn(), getPath: vi.fn(() => '/Users/anna/Library/Application Support'), setPath: vi.fn() };
    expect(fixAppIdentity(app)).toBe(path.join('/Users/anna/Library/Application Support', 'Trama'));
    expect(app.setName).toHaveBeenCalledWith('Trama');
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join('/Users/anna/Library/Application Support', 'Trama'));
  });

  it('quits a second copy and focuses the first', () => {
    const second = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() };
    expect(claimSingleInstance(second as never, vi.fn())).toBe(false);
    expect(second.quit).toHaveBeenCalled();
    const first = { requestSingleInstanceLock: () => true, quit: vi.fn(), on: vi.fn() };
    const focus = vi.fn();
    expect(claimSingleInstance(first as never, focus)).toBe(true);
    expect(first.on).toHaveBeenCalledWith('second-instance', focus);
  });
});

describe('menu', () => {
  const items = (language: 'en' | 'it', isPackaged = true) => menuTemplate({ language, isPackaged, send: vi.fn() });
  const flatten = (template: ReturnType<typeof items>) =>
    template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));

  it('has File, Edit, View and Help in both languages', () => {
    expect(items('en').map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(items('it').map((menu) => menu.label)).toEqual(['File', 'Modifica', 'Vista', 'Aiuto']);
  });

  it('gives the usual shortcuts and sends commands to the page', () => {
    const send = vi.fn();
    const all = flatten(menuTemplate({ language: 'en', isPackaged: true, send }));
    expect(all.filter((item) => item.role).map((item) => item.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn']),
    );
    const accelerators = Object.fromEntries(
      all.filter((item) => item.accelerator).map((item) => [item.label, item.accelerator]),
    );
    expect(accelerators).toMatchObject({
      'New stakeholder': 'CmdOrCtrl+N',
      'Find…': 'CmdOrCtrl+F',
      'Network map': 'CmdOrCtrl+1',
    });
    const find = all.find((item) => item.label === 'Find…');
    (find?.click as () => void)();
    expect(send).toHaveBeenCalledWith('find');
  });

  it('offers developer tools only outside the packaged app', () => {
    expect(flatten(items('en', true)).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(flatten(items('en', false)).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });
});

describe('development server', () => {
  it.each([
    ['http://127.0.0.1:5173/', 'http://127.0.0.1:5173'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://127.0.0.1:5173', null],
    ['http://example.org:5173', null],
    [undefined, null],
  ])('%s → %s', (value, expected) => {
    expect(devServerUrl(value)).toBe(expected);
  });
});

describe('packaging configuration (electron-builder.yml)', () => {
  const config = load(readFileSync(path.join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')) as Record<
    string,
    unknown
  >;

  it('turns on every security fuse', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg with the app icon', () => {
    expect(config).toMatchObject({ appId: 'org.trama.desktop', productName: 'Trama' });
    expect((config.linux as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config.win as { target: string[] }).target).toEqual(['nsis']);
    expect((config.mac as { target: string[] }).target).toEqual(['dmg']);
    expect(
      readFileSync(path.join(import.meta.dirname, '../../../resources/icon.png'))
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('builds the backup-check worker beside main.cjs and packs it (main.ts starts it from there)', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts['build:electron']).toMatch(/\belectron\/backupShapeWorker\.ts\b.*--outdir=dist-electron\b/);
    expect(BACKUP_SHAPE_WORKER_FILE).toBe('backupShapeWorker.cjs');
    expect(config.files).toContain('dist-electron/**/*');
    expect(config).not.toHaveProperty('asarUnpack');
  });
});
