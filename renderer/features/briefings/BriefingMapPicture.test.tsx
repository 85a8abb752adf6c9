import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stakeholderSchema, type StakeholderInput } from '../../../shared/domain/stakeholder';
import { stakeholderInput } from '../../../test/support/builders';
import { I18nProvider } from '../../i18n/I18nProvider';
import { categoryColour, sectorShape } from '../map/mapPalette';
import { SWATCH_POLYGONS } from '../map/nodeShapes';
import { BriefingMapPicture } from './BriefingMapPicture';

// The briefing's map picture draws stakeholders as the network map does: coloured by
// category and shaped by sector (the map's defaults), with the same legend.

const stakeholder = (id: string, overrides: Partial<StakeholderInput>) =>
  stakeholderSchema.parse({
    ...stakeholderInput(overrides),
    id,
    createdAt: '2026-12-01T09:00:00.000Z',
    updatedAt: '2026-12-01T09:00:00.000Z',
  });

describe('the briefing’s map picture', () => {
  it('uses the network map’s colours and shapes', () => {
    const prefecture = stakeholder('prefecture-rome', {
      name: 'Prefettura di Roma',
      categoryId: 'prefecture',
      sector: 'public-order-and-asylum',
      region: 'lazio',
      province: 'RM',
    });
    const health = stakeholder('asl-rome', { name: 'ASL Roma 1', region: 'lazio', province: 'RM' });
    localStorage.removeItem('trama.map.options');
    render(
      <I18nProvider initialLanguage="en">
        <BriefingMapPicture attendees={[prefecture]} neighbours={[health]} relationships={[]} />
      </I18nProvider>,
    );
    const picture = screen.getByRole('img');
    const node = picture.querySelector('[data-stakeholder="prefecture-rome"]');
    expect(node?.getAttribute('fill')).toBe(categoryColour('prefecture'));
    expect(node?.getAttribute('data-shape')).toBe(sectorShape('public-order-and-asylum'));
    expect(node?.tagName).toBe('polygon');
    expect(picture.querySelector('[data-stakeholder="asl-rome"]')?.getAttribute('fill')).toBe(
      categoryColour('local-health-authority'),
    );
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(legend.textContent).toContain('Prefecture (Prefettura)');
    expect(legend.innerHTML).toContain(SWATCH_POLYGONS[sectorShape('public-order-and-asylum')]);
  });
});
