import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/ipc/contract';
import type { I18nValue } from '../i18n/I18nContext';
import { translate } from '../i18n/translate';
import { externalLinkNotice } from './externalLinkNotice';

// A link the main process refuses comes back with its reason, and the page can say it.

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function desktopPlatformAnswering(answer: Awaited<ReturnType<DesktopApi['openExternal']>>) {
  vi.stubGlobal('window', { trama: { openExternal: vi.fn(async () => answer) } });
  return (await import('./platform')).platform;
}

describe('opening a link from the page', () => {
  it('passes on the main process’s answer, reason included (desktop)', async () => {
    const platform = await desktopPlatformAnswering({ isOpened: false, reason: 'no-recent-click' });
    expect(await platform.openExternal('https://www.salute.gov.it/')).toEqual({
      isOpened: false,
      reason: 'no-recent-click',
    });
  });

  it('refuses an address of another kind in web mode, saying why, and opens nothing', async () => {
    const open = vi.fn();
    vi.stubGlobal('window', { open });
    const { createWebPlatform } = await import('./webPlatform');
    expect(await createWebPlatform().openExternal('javascript:alert(1)')).toEqual({
      isOpened: false,
      reason: 'not-allowed',
    });
    expect(open).not.toHaveBeenCalled();
    expect(await createWebPlatform().openExternal('https://www.salute.gov.it')).toEqual({ isOpened: true });
    expect(open).toHaveBeenCalledWith('https://www.salute.gov.it/', '_blank', 'noopener,noreferrer');
  });
});

describe('what the page says about a refused link', () => {
  const t: I18nValue['t'] = (key, ...params) => translate('en', key, ...params);

  it('says nothing for a link that opened', () => {
    expect(externalLinkNotice({ isOpened: true }, t)).toBeNull();
  });

  it.each([
    ['no-recent-click', /only right after a click/],
    ['not-allowed', /only web addresses/],
  ] as const)('explains %s', (reason, text) => {
    expect(externalLinkNotice({ isOpened: false, reason }, t)).toMatch(text);
  });

  it('says it in Italian too', () => {
    expect(
      externalLinkNotice({ isOpened: false, reason: 'no-recent-click' }, (key, ...params) =>
        translate('it', key, ...params),
      ),
    ).toMatch(/clic/);
  });
});
