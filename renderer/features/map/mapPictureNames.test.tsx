import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../../shared/domain/common';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import { NotificationsProvider } from '../../app/notifications/NotificationsProvider';
import { I18nProvider } from '../../i18n/I18nProvider';
import type * as PlatformModule from '../../platform/platform';
import { EMPTY_MAP_FILTERS } from './mapFilters';
import { DEFAULT_MAP_OPTIONS } from './mapModel';
import { MapPictureMenu } from './MapPictureMenu';
import type { PictureTime } from './pictureFrame';
import { MAP_STYLESHEET } from './mapStylesheet';

// A picture of the map "as of" a day is named after that day (and both days when comparing),
// not after the day it was saved: two pictures of different days saved today must not look
// alike in a folder. Today's map keeps today's date.

const saveFile = vi.hoisted(() => vi.fn(async (_request: { suggestedName: string }) => ({ isSaved: true })));
vi.mock('../../platform/platform', async (importOriginal) => {
  const original = await importOriginal<typeof PlatformModule>();
  return { ...original, platform: { ...original.platform, saveFile } };
});
// Drawing PNG and PDF needs a real canvas, which jsdom has not: their names are what is tested.
vi.mock('./mapPictureFiles', () => ({
  svgToPng: async () => new Uint8Array(1),
  svgToPdf: async () => new Uint8Array(1),
}));

afterEach(() => saveFile.mockClear());

const sample = buildSampleNetwork('2026-01-15');
const [one] = sample.stakeholders;

function mapOfOne() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: MAP_STYLESHEET,
    elements: [
      {
        data: { id: one!.id, label: one!.name, colour: '#1f77b4', shape: 'ellipse', size: 30 },
        position: { x: 0, y: 0 },
        classes: 'stakeholder',
      },
    ],
  });
}

async function savedNames(time: PictureTime | null): Promise<string[]> {
  const cy = mapOfOne();
  render(
    <I18nProvider initialLanguage="en">
      <NotificationsProvider>
        <MapPictureMenu
          getMap={() => cy}
          stakeholders={[one!]}
          filters={EMPTY_MAP_FILTERS}
          options={DEFAULT_MAP_OPTIONS}
          time={time}
        />
      </NotificationsProvider>
    </I18nProvider>,
  );
  for (const [index, kind] of ['PNG', 'SVG', 'PDF'].entries()) {
    const button = screen.getByRole('button', { name: `Save picture (${kind})` });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    fireEvent.click(button);
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(index + 1));
  }
  return saveFile.mock.calls.map(([request]) => request.suggestedName);
}

describe("the names of the map's pictures", () => {
  it('say the day the map shows, as of a day', async () => {
    expect(
      await savedNames({ day: '2026-03-01', from: null, gained: 0, lost: 0 }),
      'the pictures of the map as of 2026-03-01 are named',
    ).toEqual(['trama-mappa-2026-03-01.png', 'trama-mappa-2026-03-01.svg', 'trama-mappa-2026-03-01.pdf']);
  });

  it('say both days when comparing', async () => {
    expect(
      await savedNames({ day: '2026-03-01', from: '2025-01-01', gained: 1, lost: 0 }),
      'the pictures of the map of 2026-03-01 compared with 2025-01-01 are named',
    ).toEqual([
      'trama-mappa-2025-01-01_2026-03-01.png',
      'trama-mappa-2025-01-01_2026-03-01.svg',
      'trama-mappa-2025-01-01_2026-03-01.pdf',
    ]);
  });

  it("say today's date on today's map", async () => {
    const today = localIsoDate();
    expect(await savedNames(null)).toEqual([
      `trama-mappa-${today}.png`,
      `trama-mappa-${today}.svg`,
      `trama-mappa-${today}.pdf`,
    ]);
  });
});
