import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSyntheticNetwork } from '../../../shared/sample/syntheticNetwork';
import type { MapRecords } from './mapModel';
import { buildMapIndex, prepareMapIndex } from './prepareMapIndexes';

const network = buildSyntheticNetwork({ stakeholders: 1500 });
const records: MapRecords = {
  stakeholders: network.stakeholders,
  relationships: network.relationships,
  agreements: [],
};

afterEach(() => {
  vi.useRealTimers();
});

describe("the map's index", () => {
  it('is built one part per task, and ends equal to the one built at once', async () => {
    vi.useFakeTimers();
    let index: ReturnType<typeof buildMapIndex> | undefined;
    const building = prepareMapIndex(records).then((built) => (index = built));
    await vi.advanceTimersToNextTimerAsync();
    expect(index).toBeUndefined();
    await vi.runAllTimersAsync();
    await building;
    expect(index).toEqual(buildMapIndex(records));
  });

  it('answers for the records it was built from: positions, ends, degrees, types', () => {
    const stakeholders = records.stakeholders.slice(0, 3);
    const [a, b, c] = stakeholders.map((stakeholder) => stakeholder.id) as [string, string, string];
    const base = records.relationships[0]!;
    const relationships = [
      { ...base, id: 'ab', sourceId: a, targetId: b, type: 'funding' },
      { ...base, id: 'ac', sourceId: a, targetId: c, type: 'informal' },
      { ...base, id: 'a-gone', sourceId: a, targetId: 'gone', type: 'funding' },
    ];
    const index = buildMapIndex({ stakeholders, relationships, agreements: [] });
    expect([...index.positionOf]).toEqual([
      [a, 0],
      [b, 1],
      [c, 2],
    ]);
    expect([...index.ends.sources, ...index.ends.targets]).toEqual([0, 0, 0, 1, 2, -1]);
    expect(index.relationshipTypes).toEqual(['funding', 'informal']);
    expect(index.degrees.get(a)).toBe(3);
    expect(index.maxDegree).toBe(3);
    expect(index.ties.incident.get(a)).toEqual([0, 1, 2]);
    expect(buildMapIndex({ stakeholders: [], relationships: [], agreements: [] }).maxDegree).toBe(0);
  });
});

describe('the map feature', () => {
  // State kept beside the records, keyed by a list's identity, is what the index replaced:
  // it hid which records an answer came from, and filled itself as a side effect.
  it('keeps no module-level cache', () => {
    const sources = import.meta.glob<string>(['./*.ts', './*.tsx', '!./*.test.ts', '!./*.test.tsx'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const caches = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split('\n')
        .flatMap((line, lineIndex) =>
          /^(export )?(const|let|var) .*\bnew Weak(Map|Set)\b/.test(line) ? [`${file}:${lineIndex + 1}`] : [],
        ),
    );
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(caches).toEqual([]);
  });
});
