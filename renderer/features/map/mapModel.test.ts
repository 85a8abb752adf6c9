import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../shared/domain/agreement';
import { buildSampleNetwork } from '../../../shared/sample/sampleNetwork';
import {
  EMPTY_MAP_FILTERS,
  countByGroup,
  mapFiltersFromParams,
  mapVisibility,
  neighboursOf,
  paramsFromMapFilters,
} from './mapFilters';
import {
  DEFAULT_MAP_OPTIONS,
  agreementEdgeId,
  buildMapElements,
  initialPosition,
  mapLabel,
  nodeSize,
  type MapOptions,
  type MapRecords,
} from './mapModel';
import { buildMapIndex } from './prepareMapIndexes';
import { regionLayoutPositions } from './regionLayout';
import { parseMapOptions } from './useMapOptions';

const sample = buildSampleNetwork('2026-11-22');
const label = (group: string) => `group ${group}`;
const sampleIndex = buildMapIndex(sample);
const byId = (elements: ReturnType<typeof buildMapElements>, id: string) =>
  elements.find((element) => element.data.id === id);
/** The elements of these records, with the index built from them as the page builds it. */
const elementsOf = (records: MapRecords, options: MapOptions = DEFAULT_MAP_OPTIONS) =>
  buildMapElements(records, buildMapIndex(records), options, label, '2026-11-22');

describe('map elements', () => {
  const elements = elementsOf(sample);

  it('draws one node per stakeholder inside its region group, and only the groups in use', () => {
    const groups = elements.filter((element) => element.classes === 'region-group').map((element) => element.data.id);
    expect(groups).toEqual([
      'group:lazio',
      'group:lombardia',
      'group:campania',
      'group:sicilia',
      'group:basilicata',
      'group:none',
    ]);
    expect(elements.filter((element) => element.classes === 'stakeholder')).toHaveLength(sample.stakeholders.length);
    expect(byId(elements, 'sample-cam-asl-na1')?.data.parent).toBe('group:campania');
    expect(byId(elements, 'sample-eu-home')?.data.parent).toBe('group:none');
    const onlyLazio = elementsOf({
      ...sample,
      stakeholders: sample.stakeholders.filter((stakeholder) => stakeholder.region === 'lazio'),
    });
    expect(onlyLazio.filter((element) => element.classes === 'region-group').map((element) => element.data.id)).toEqual(
      ['group:lazio'],
    );
  });

  it('leaves out relationships whose ends are missing instead of failing', () => {
    const withDangling = {
      ...sample,
      relationships: [...sample.relationships, { ...sample.relationships[0]!, id: 'dangling', targetId: 'gone' }],
    };
    expect(byId(elementsOf(withDangling), 'dangling')).toBeUndefined();
    expect(elements.filter((element) => String(element.classes).startsWith('relationship'))).toHaveLength(
      sample.relationships.length,
    );
  });

  it('draws an agreement as a star from its promoter to every other party', () => {
    const agreement = sample.agreements[0]!;
    const promoter = agreement.parties.find((party) => party.role === 'promoter')!;
    const edges = elements.filter((element) => element.data.agreementId === agreement.id);
    expect(edges).toHaveLength(agreement.parties.length - 1);
    expect(edges.every((edge) => edge.data.source === promoter.stakeholderId)).toBe(true);
    expect(
      elementsOf(sample, { ...DEFAULT_MAP_OPTIONS, showAgreements: false }).some(
        (element) => element.classes === 'agreement',
      ),
    ).toBe(false);
  });

  it('marks directed relationships with an arrow and styles each type', () => {
    const directed = sample.relationships.find((relationship) => relationship.isDirected)!;
    const undirected = sample.relationships.find(
      (relationship) => !relationship.isDirected && relationship.type === 'informal',
    )!;
    expect(byId(elements, directed.id)?.data.arrow).toBe('triangle');
    expect(byId(elements, undirected.id)?.data).toMatchObject({ arrow: 'none', lineStyle: 'dotted' });
  });

  it('gives equal data for equal records, so react-cytoscapejs patches nothing on a re-render', () => {
    const again = elementsOf(structuredClone(sample));
    expect(again).toEqual(elements);
  });

  it('switches colour with the colour-by option', () => {
    const asl = sample.stakeholders.find((stakeholder) => stakeholder.id === 'sample-cam-asl-na1')!;
    const byStage = elementsOf(sample, { ...DEFAULT_MAP_OPTIONS, colourBy: 'stage' });
    const sameStage = sample.stakeholders.find(
      (stakeholder) => stakeholder.guidelinesStage === asl.guidelinesStage && stakeholder.categoryId !== asl.categoryId,
    )!;
    expect(byId(byStage, asl.id)?.data.colour).toBe(byId(byStage, sameStage.id)?.data.colour);
    expect(byId(elements, asl.id)?.data.colour).not.toBe(byId(elements, sameStage.id)?.data.colour);
  });

  it('sizes nodes between the bounds by influence or by degree', () => {
    expect(nodeSize(1, 0, 10, 'influence')).toBeLessThan(nodeSize(5, 0, 10, 'influence'));
    expect(nodeSize(3, 10, 10, 'degree')).toBe(nodeSize(5, 0, 10, 'influence'));
    expect(nodeSize(3, 0, 0, 'degree')).toBe(nodeSize(1, 0, 10, 'influence'));
  });

  it('starts every node at a fixed place of its own', () => {
    expect(initialPosition('sample-lazio')).toEqual(initialPosition('sample-lazio'));
    const positions = new Set(
      sample.stakeholders.map((stakeholder) => JSON.stringify(initialPosition(stakeholder.id))),
    );
    expect(positions.size).toBe(sample.stakeholders.length);
  });
});

describe('map filters', () => {
  it('hides stakeholders outside the chosen regions and the edges that touch them', () => {
    const visibility = mapVisibility(sample, sampleIndex, {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: ['campania'] },
    });
    const campania = sample.stakeholders.filter((stakeholder) => stakeholder.region === 'campania');
    expect(visibility.stakeholderIds).toEqual(new Set(campania.map((stakeholder) => stakeholder.id)));
    for (const relationship of sample.relationships) {
      const isInside =
        visibility.stakeholderIds.has(relationship.sourceId) && visibility.stakeholderIds.has(relationship.targetId);
      expect(visibility.edgeIds.has(relationship.id)).toBe(isInside);
    }
  });

  it('keeps only the chosen relationship types and agreement statuses', () => {
    const visibility = mapVisibility(sample, sampleIndex, {
      ...EMPTY_MAP_FILTERS,
      relationshipTypes: ['funding'],
      agreementStatuses: ['in-force'],
    });
    const funding = sample.relationships.filter((relationship) => relationship.type === 'funding');
    expect(funding.every((relationship) => visibility.edgeIds.has(relationship.id))).toBe(true);
    expect(sample.relationships.filter((relationship) => visibility.edgeIds.has(relationship.id))).toHaveLength(
      funding.length,
    );
    const drafting = sample.agreements.find((agreement) => agreement.status === 'drafting')!;
    expect(visibility.edgeIds.has(agreementEdgeId(drafting.id, drafting.parties[1]!.stakeholderId))).toBe(false);
    const inForce = sample.agreements.find((agreement) => agreement.status === 'in-force')!;
    expect(visibility.edgeIds.has(agreementEdgeId(inForce.id, inForce.parties[1]!.stakeholderId))).toBe(true);
  });

  it('round-trips through the address', () => {
    const filters = mapFiltersFromParams({
      region: 'campania,sicilia',
      stage: 'aware',
      relType: 'funding',
      agreementStatus: 'in-force',
    });
    expect(filters.stakeholders.regions).toEqual(['campania', 'sicilia']);
    expect(mapFiltersFromParams(paramsFromMapFilters(filters))).toEqual(filters);
    expect(paramsFromMapFilters(EMPTY_MAP_FILTERS)).toEqual({});
  });

  it('counts shown stakeholders per group in map order', () => {
    const shown = new Set(
      sample.stakeholders.filter((stakeholder) => stakeholder.region !== 'lazio').map((stakeholder) => stakeholder.id),
    );
    const counts = countByGroup(sample.stakeholders, shown);
    expect(counts.map(([group]) => group)).toEqual(['lombardia', 'campania', 'sicilia', 'basilicata', 'none']);
    expect(counts.reduce((sum, [, count]) => sum + count, 0)).toBe(shown.size);
  });

  it('counts co-parties of an agreement as neighbours', () => {
    const agreement: Agreement = {
      ...sample.agreements[0]!,
      parties: [
        { stakeholderId: 'a', role: 'promoter' },
        { stakeholderId: 'b', role: 'signatory' },
      ],
    };
    expect(neighboursOf('a', { relationships: [], agreements: [agreement] }, new Map())).toEqual(new Set(['b']));
  });
});

describe('grouped-by-region layout', () => {
  const positions = regionLayoutPositions(sample.stakeholders);

  it('places every stakeholder, no two in the same spot', () => {
    expect(positions.size).toBe(sample.stakeholders.length);
    expect(new Set([...positions.values()].map((point) => `${point.x},${point.y}`)).size).toBe(positions.size);
  });

  it('keeps the region blocks apart', () => {
    const boxes = new Map<string, { minX: number; maxX: number; minY: number; maxY: number }>();
    for (const stakeholder of sample.stakeholders) {
      const point = positions.get(stakeholder.id)!;
      const key = stakeholder.region ?? 'none';
      const box = boxes.get(key) ?? { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
      boxes.set(key, {
        minX: Math.min(box.minX, point.x),
        maxX: Math.max(box.maxX, point.x),
        minY: Math.min(box.minY, point.y),
        maxY: Math.max(box.maxY, point.y),
      });
    }
    const list = [...boxes.values()];
    for (const [index, a] of list.entries()) {
      for (const b of list.slice(index + 1)) {
        const isApart =
          a.maxX + 100 < b.minX || b.maxX + 100 < a.minX || a.maxY + 100 < b.minY || b.maxY + 100 < a.minY;
        expect(isApart).toBe(true);
      }
    }
  });
});

describe('map labels', () => {
  it('keeps short names whole and ends long ones in an ellipsis, without splitting an emoji', () => {
    expect(mapLabel('ASL Roma 1')).toBe('ASL Roma 1');
    const long = 'Centro di accoglienza straordinaria di Castel Volturno';
    expect(mapLabel(long)).toBe('Centro di accoglienza s…');
    expect([...mapLabel(`${'🤝'.repeat(30)}`)]).toHaveLength(24);
    expect(mapLabel(`${'🤝'.repeat(30)}`).endsWith('🤝…')).toBe(true);
  });

  it('gives the node its short name, shortened, as label', () => {
    const stakeholder = { ...sample.stakeholders[0]!, name: 'Azienda Sanitaria Locale Napoli 1 Centro', shortName: '' };
    const node = byId(elementsOf({ ...sample, stakeholders: [stakeholder] }), stakeholder.id);
    expect(node?.data.label).toBe('Azienda Sanitaria Local…');
  });
});

describe('map options preference', () => {
  it('falls back to defaults for damaged or unknown values', () => {
    expect(parseMapOptions('{not json')).toEqual(DEFAULT_MAP_OPTIONS);
    expect(parseMapOptions(JSON.stringify({ layout: 'spiral', colourBy: 'sector', showAgreements: 'yes' }))).toEqual({
      ...DEFAULT_MAP_OPTIONS,
      colourBy: 'sector',
    });
  });
});
