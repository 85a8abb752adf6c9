import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildSampleNetwork, sampleStakeholderId } from '../../../shared/sample/sampleNetwork';
import { I18nProvider } from '../../i18n/I18nProvider';
import { KeyConnectors } from './KeyConnectors';
import { incidentRelationships } from './mapTieIndex';
import { tiesOnDay } from './tiesOnDay';

const sample = buildSampleNetwork('2026-01-15');

describe('KeyConnectors', () => {
  it("lists the selected stakeholder's neighbours that bridge the most others, each a way to select it", () => {
    const rome = sampleStakeholderId('laz-pref-rm');
    const neighbourIds = new Set(
      sample.relationships.flatMap((tie) =>
        tie.sourceId === rome ? [tie.targetId] : tie.targetId === rome ? [tie.sourceId] : [],
      ),
    );
    const neighbours = sample.stakeholders.filter((stakeholder) => neighbourIds.has(stakeholder.id));
    const onSelect = vi.fn();
    render(
      <I18nProvider>
        <KeyConnectors
          stakeholderId={rome}
          relationships={sample.relationships}
          incident={incidentRelationships(sample.relationships)}
          activeAt={tiesOnDay(sample.relationships, '2026-01-15').activeAt}
          neighbours={neighbours}
          onSelect={onSelect}
        />
      </I18nProvider>,
    );
    const section = screen.getByRole('region', { name: 'Key connectors' });
    expect(section.textContent).toMatch(/within two steps of this one \(betweenness centrality over \d+ stakeholders/);
    const buttons = within(section).getAllByRole('button', { name: /^Show key connector / });
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.length).toBeLessThanOrEqual(5);
    fireEvent.click(buttons[0]!);
    expect(neighbourIds.has(onSelect.mock.calls[0]![0] as string)).toBe(true);
  });

  it('says so when no neighbour bridges anyone', () => {
    render(
      <I18nProvider>
        <KeyConnectors
          stakeholderId="alone"
          relationships={[]}
          incident={new Map()}
          activeAt={new Uint8Array(0)}
          neighbours={[]}
          onSelect={() => undefined}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('None of the linked stakeholders bridges others within two steps.')).toBeTruthy();
  });

  it('counts a tie active on the day the map shows though marked inactive since', () => {
    const [me, hub, x, y] = sample.stakeholders;
    const tie = (id: string, sourceId: string, targetId: string) => ({
      ...sample.relationships[0]!,
      id,
      sourceId,
      targetId,
      status: 'active' as const,
    });
    const relationships = [
      { ...tie('r-me-hub', me!.id, hub!.id), status: 'inactive' as const },
      tie('r-hub-x', hub!.id, x!.id),
      tie('r-hub-y', hub!.id, y!.id),
    ];
    render(
      <I18nProvider>
        <KeyConnectors
          stakeholderId={me!.id}
          relationships={relationships}
          incident={incidentRelationships(relationships)}
          activeAt={Uint8Array.from([1, 1, 1])}
          neighbours={[hub!]}
          onSelect={() => undefined}
        />
      </I18nProvider>,
    );
    expect(
      screen.queryByRole('button', { name: `Show key connector ${hub!.name} on the map` }),
      'the tie active on the day shown makes its other end a key connector',
    ).not.toBeNull();
  });
});
