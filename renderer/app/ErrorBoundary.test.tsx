import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { APP_VERSION } from './appVersion';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';

const FAILING_ADDRESS = '#/settings';

/** A page that fails to render at some addresses, as a page with a bug would. */
function PageFailingAt({ address, also = [] }: { address: string; also?: readonly string[] }) {
  if (window.location.hash === address || also.includes(window.location.hash))
    throw new TypeError('Cannot read properties of undefined (reading "name")');
  return <h1>Working page</h1>;
}

function clipboardWith(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

async function goTo(hash: string) {
  if (window.location.hash === hash) return;
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  });
}

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await goTo('#/grid');
  await goTo(FAILING_ADDRESS);
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
  localStorage.clear();
});

function renderInEnglish() {
  return render(
    <I18nProvider initialLanguage="en">
      <ErrorBoundary>
        <PageFailingAt address={FAILING_ADDRESS} />
      </ErrorBoundary>
    </I18nProvider>,
  );
}

describe('the error boundary', () => {
  it('shows the error page with Back, Reload and Copy details instead of the failing page', () => {
    renderInEnglish();
    expect(screen.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeTruthy();
    for (const name of ['Back', 'Reload', 'Copy details']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.queryByText('Working page')).toBeNull();
  });

  it('speaks the app’s language', () => {
    render(
      <I18nProvider initialLanguage="it">
        <ErrorBoundary>
          <PageFailingAt address={FAILING_ADDRESS} />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Non è stato possibile mostrare questa pagina' }),
    ).toBeTruthy();
    for (const name of ['Indietro', 'Ricarica', 'Copia i dettagli'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('at the top, above the language provider, speaks the language the user chose', () => {
    localStorage.setItem('trama.language', 'it');
    render(
      <ErrorBoundary>
        <PageFailingAt address={FAILING_ADDRESS} />
      </ErrorBoundary>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Non è stato possibile mostrare questa pagina' }),
    ).toBeTruthy();
  });

  it('copies the message, the stack, the address and the version', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    clipboardWith(writeText);
    renderInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Details copied.'));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toContain(`Trama ${APP_VERSION}`);
    expect(copied).toContain(`Address: ${window.location.href}`);
    expect(copied).toContain('TypeError: Cannot read properties of undefined (reading "name")');
    expect(copied).toMatch(/Stack:\n.*PageFailingAt/s);
    expect(copied).toContain('Component stack:');
  });

  it('when the system refuses the clipboard, shows the details selected for copying by hand', async () => {
    clipboardWith(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    renderInEnglish();
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    const details = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Error details' });
    expect(screen.getByRole('status').textContent).toContain('The system did not allow copying');
    expect(details.value).toContain('TypeError');
    await waitFor(() => expect([details.selectionStart, details.selectionEnd]).toEqual([0, details.value.length]));
  });

  it('copies something useful even with no clipboard and a thrown value that is not an Error', async () => {
    function ThrowsText(): never {
      throw 'plain text thrown';
    }
    render(
      <I18nProvider initialLanguage="en">
        <ErrorBoundary>
          <ThrowsText />
        </ErrorBoundary>
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    const details = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Error details' });
    expect(details.value).toContain('Error: plain text thrown');
  });

  it('clears the error when the user moves to another page', async () => {
    renderInEnglish();
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    await goTo('#/stakeholders');
    expect(screen.getByRole('heading', { name: 'Working page' })).toBeTruthy();
  });

  it('goes Back to the last page that worked, replacing the failing address', async () => {
    renderInEnglish();
    const historyLength = history.length;
    await act(async () => {
      const moved = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      fireEvent.click(screen.getByRole('button', { name: 'Back' }));
      await moved;
    });
    expect(window.location.hash).toBe('#/grid');
    expect(history.length).toBe(historyLength);
    expect(screen.getByRole('heading', { name: 'Working page' })).toBeTruthy();
  });

  it('moves focus to the error page’s heading, so that a screen reader says what happened', () => {
    renderInEnglish();
    expect(document.activeElement).toBe(
      screen.getByRole('heading', { level: 1, name: 'This page could not be shown' }),
    );
  });

  it('goes Back past every address that failed, never between two failing ones', async () => {
    render(
      <I18nProvider initialLanguage="en">
        <ErrorBoundary>
          <PageFailingAt address={FAILING_ADDRESS} also={['#/map']} />
        </ErrorBoundary>
      </I18nProvider>,
    );
    await goTo('#/map');
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    await act(async () => {
      const moved = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      fireEvent.click(screen.getByRole('button', { name: 'Back' }));
      await moved;
    });
    expect(window.location.hash).toBe('#/grid');
    expect(screen.getByRole('heading', { name: 'Working page' })).toBeTruthy();
  });

  it('survives hostile thrown values: a bare object, a proxy that throws on toString and on every field', async () => {
    // React itself asks every thrown value for `then` (a thrown promise suspends) and, in
    // development, for `environmentName` when it logs a caught error: only those answer.
    const hostile = new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'then' || key === 'environmentName') return undefined;
          throw new Error('touched');
        },
        getPrototypeOf() {
          throw new Error('touched');
        },
      },
    );
    for (const thrown of [Object.create(null) as object, hostile]) {
      function Throws(): never {
        throw thrown;
      }
      const { unmount } = render(
        <I18nProvider initialLanguage="en">
          <ErrorBoundary>
            <Throws />
          </ErrorBoundary>
        </I18nProvider>,
      );
      expect(screen.getByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
      const details = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Error details' });
      expect(details.value).toContain('Error: (a value that cannot be shown)');
      unmount();
    }
  });
});

describe('the page for an address that cannot be opened', () => {
  it('shows the address isolated, with its direction controls taken out', () => {
    const address = '#/stakeholders/%E0%A4%A\u202Eexe.txt\u2066x\u2069\u200F';
    render(
      <I18nProvider initialLanguage="en">
        <ErrorPage failure={{ kind: 'address', problem: { reason: 'undecodable', address } }} />
      </I18nProvider>,
    );
    const shown = document.querySelector('bdi');
    expect(shown?.textContent).toBe('#/stakeholders/%E0%A4%Aexe.txtx');
    expect(shown?.closest('p')?.textContent).toBe('Address: #/stakeholders/%E0%A4%Aexe.txtx');
  });
});
