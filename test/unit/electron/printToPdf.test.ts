import { describe, expect, it, vi } from 'vitest';
import {
  printBriefingToPdf,
  printReportToPdf,
  printViewUrl,
  reportPrintUrl,
  type PrintWindow,
} from '../../../electron/printToPdf';
import type { BrowserWindowConstructorOptions } from 'electron';

vi.mock('electron', async () => (await import('./electronMock')).createElectronMock().module);

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** A hidden window whose page becomes ready after `readyAfter` checks. */
function fakeWindowClass(readyAfter: number, printToPDF = vi.fn(async () => PDF)) {
  const windows: FakePrintWindow[] = [];
  class FakePrintWindow implements PrintWindow {
    destroyed = false;
    checks = 0;
    navigationGuard: ((event: { preventDefault(): void }) => void) | undefined;
    openHandler: (() => { action: 'deny' }) | undefined;
    loadURL = vi.fn(async () => undefined);
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    webContents = {
      printToPDF,
      executeJavaScript: vi.fn(async () => ++this.checks > readyAfter),
      setWindowOpenHandler: (handler: () => { action: 'deny' }) => {
        this.openHandler = handler;
      },
      on: (_event: 'will-navigate', listener: (event: { preventDefault(): void }) => void) => {
        this.navigationGuard = listener;
      },
    };
  }
  return { FakePrintWindow, windows };
}

describe('printing a briefing to PDF', () => {
  it('loads the print view in a hidden sandboxed window, waits for it, prints A4 with backgrounds and closes the window', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(2);
    const bytes = await printBriefingToPdf(FakePrintWindow, 'app://trama', 'abc-123', { pollIntervalMs: 1 });
    expect(bytes).toBe(PDF);
    const [window] = windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
    });
    expect(window?.options.webPreferences?.preload).toBeUndefined();
    expect(window?.loadURL).toHaveBeenCalledWith('app://trama/#/print?briefing=abc-123');
    expect(window?.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true, pageSize: 'A4' }),
    );
    expect(window?.destroyed).toBe(true);
  });

  it("prints with the print view's own page setup, whose margins carry the page numbers", async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(0);
    await printBriefingToPdf(FakePrintWindow, 'app://trama', 'abc', { pollIntervalMs: 1 });
    // The page numbers are CSS @page margin boxes (briefings.css), in the interface language:
    // they print only when the page's own @page setup is taken, and no Chromium header covers them.
    expect(windows[0]?.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ preferCSSPageSize: true, displayHeaderFooter: false }),
    );
  });

  it('lets the hidden page neither open windows nor navigate away', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(0);
    await printBriefingToPdf(FakePrintWindow, 'app://trama/', 'abc', { pollIntervalMs: 1 });
    expect(windows[0]?.openHandler?.()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    windows[0]?.navigationGuard?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('gives up when the briefing never shows, and still closes the window', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(Number.POSITIVE_INFINITY);
    await expect(
      printBriefingToPdf(FakePrintWindow, 'app://trama', 'abc', { readyTimeoutMs: 5, pollIntervalMs: 1 }),
    ).rejects.toThrow('did not show its page');
    expect(windows[0]?.webContents.printToPDF).not.toHaveBeenCalled();
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('closes the window when printing fails', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(
      0,
      vi.fn(async () => Promise.reject(new Error('printer on fire'))),
    );
    await expect(printBriefingToPdf(FakePrintWindow, 'app://trama', 'abc', { pollIntervalMs: 1 })).rejects.toThrow(
      'printer on fire',
    );
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('refuses an id that could change the address, before making any window', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(0);
    expect(() => printViewUrl('app://trama', 'x&print=1')).toThrow('Not a briefing id');
    await expect(printBriefingToPdf(FakePrintWindow, 'app://trama', '../../etc/passwd')).rejects.toThrow(
      'Not a briefing id',
    );
    expect(windows).toEqual([]);
  });
});

describe('printing a programme report to PDF', () => {
  const SCOPE = { programmeId: 'psychcare', region: 'campania', from: '2026-01-01', to: '2026-12-31' } as const;

  it('loads the report page at an address naming the scope, waits for it, and closes the window', async () => {
    const { FakePrintWindow, windows } = fakeWindowClass(1);
    expect(await printReportToPdf(FakePrintWindow, 'app://trama/', SCOPE, { pollIntervalMs: 1 })).toBe(PDF);
    expect(windows[0]?.loadURL).toHaveBeenCalledWith(
      'app://trama/#/reports?programme=psychcare&region=campania&from=2026-01-01&to=2026-12-31',
    );
    expect(windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('leaves all programmes and regions out of the address', () => {
    expect(reportPrintUrl('app://trama', { ...SCOPE, programmeId: null, region: null })).toBe(
      'app://trama/#/reports?from=2026-01-01&to=2026-12-31',
    );
  });

  it.each([
    ['a programme id carrying an address', { ...SCOPE, programmeId: 'p&print=0#/settings' }],
    ['a region not ours', { ...SCOPE, region: 'narnia' as 'lazio' }],
    ['a period ending before it starts', { ...SCOPE, from: '2027-01-01' }],
  ])('refuses %s before making any window', async (_case, scope) => {
    const { FakePrintWindow, windows } = fakeWindowClass(0);
    await expect(printReportToPdf(FakePrintWindow, 'app://trama', scope, { pollIntervalMs: 1 })).rejects.toThrow();
    expect(windows).toHaveLength(0);
  });
});
