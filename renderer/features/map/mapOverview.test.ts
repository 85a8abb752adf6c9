import { describe, expect, it } from 'vitest';
import { buildSyntheticNetwork } from '../../../shared/sample/syntheticNetwork';
import { EMPTY_MAP_FILTERS, mapVisibility, type MapFilterState } from './mapFilters';
import { DEFAULT_MAP_OPTIONS, type MapRecords } from './mapModel';
import {
  DETAIL_LIMIT,
  buildOverviewElements,
  categoryGroupOf,
  groupNodeSize,
  isOverviewFor,
  openParts,
  tieId,
} from './mapOverview';
import { buildMapIndex } from './prepareMapIndexes';

const network = buildSyntheticNetwork({ stakeholders: 3000 });
const records: MapRecords = {
  stakeholders: network.stakeholders,
  relationships: network.relationships,
  agreements: [],
};
const index = buildMapIndex(records);

function overview(
  filters: MapFilterState = EMPTY_MAP_FILTERS,
  openGroups: ReadonlySet<string> = new Set(),
  focusedGroupId: string | null = null,
) {
  const visibility = mapVisibility(records, index, filters);
  const elements = buildOverviewElements({
    records,
    index,
    options: DEFAULT_MAP_OPTIONS,
    visibility,
    openGroups,
    focusedGroupId,
    groupLabel: (group) => group,
    categoryLabel: (id) => id,
    today: '2026-12-07',
  });
  const withClass = (name: string) => elements.filter((element) => String(element.classes).split(' ').includes(name));
  return { elements, visibility, withClass };
}

describe('the overview of a large network', () => {
  it('is used only above the detail limit', () => {
    expect(isOverviewFor(DETAIL_LIMIT)).toBe(false);
    expect(isOverviewFor(DETAIL_LIMIT + 1)).toBe(true);
  });

  it('first draws one node per region, whose counts add up to every stakeholder, and ties between regions', () => {
    const { withClass } = overview();
    const regions = withClass('region-summary');
    expect(regions.map((region) => region.data.id).sort()).toEqual([
      'group:basilicata',
      'group:campania',
      'group:lazio',
      'group:lombardia',
      'group:none',
      'group:sicilia',
    ]);
    expect(regions.reduce((sum, region) => sum + Number(region.data.count), 0)).toBe(network.stakeholders.length);
    const lazio = network.stakeholders.filter((stakeholder) => stakeholder.region === 'lazio').length;
    expect(regions.find((region) => region.data.id === 'group:lazio')?.data.label).toBe(`lazio (${lazio})`);
    expect(withClass('stakeholder')).toHaveLength(0);
    expect(withClass('category-group')).toHaveLength(0);
    const regionOf = new Map(
      network.stakeholders.map((stakeholder) => [stakeholder.id, `group:${stakeholder.region ?? 'none'}`]),
    );
    const across = network.relationships.filter(
      (relationship) => regionOf.get(relationship.sourceId) !== regionOf.get(relationship.targetId),
    );
    const ties = withClass('ties');
    expect(ties.length).toBeLessThanOrEqual(15);
    expect(ties.reduce((sum, tie) => sum + Number(tie.data.count), 0)).toBe(across.length);
  });

  it('opens a region into one node per category, counting ties between its groups once per pair', () => {
    const { withClass } = overview(EMPTY_MAP_FILTERS, new Set(['group:lazio']));
    const groups = withClass('category-group');
    const lazio = network.stakeholders.filter((stakeholder) => stakeholder.region === 'lazio');
    expect(new Set(groups.map((group) => group.data.id))).toEqual(new Set(lazio.map(categoryGroupOf)));
    expect(groups.reduce((sum, group) => sum + Number(group.data.count), 0)).toBe(lazio.length);
    expect(withClass('region-group').map((region) => region.data.id)).toEqual(['group:lazio']);
    expect(withClass('region-summary')).toHaveLength(5);
    const ngos = lazio.filter((stakeholder) => stakeholder.categoryId === 'ngo').length;
    expect(groups.find((group) => group.data.id === 'category-group:lazio:ngo')?.data).toMatchObject({
      frame: 'group:lazio',
      count: ngos,
      label: `ngo (${ngos})`,
    });
    const groupOf = new Map(lazio.map((stakeholder) => [stakeholder.id, categoryGroupOf(stakeholder)]));
    const betweenGroups = network.relationships.filter((relationship) => {
      const [source, target] = [groupOf.get(relationship.sourceId), groupOf.get(relationship.targetId)];
      return source && target && source !== target;
    });
    const groupTies = withClass('ties').filter(
      (tie) =>
        String(tie.data.source).startsWith('category-group:') && String(tie.data.target).startsWith('category-group:'),
    );
    expect(groupTies.reduce((sum, tie) => sum + Number(tie.data.count), 0)).toBe(betweenGroups.length);
    expect(new Set(groupTies.map((tie) => tie.data.id)).size).toBe(groupTies.length);
    const first = betweenGroups[0]!;
    expect(
      groupTies.some((tie) => tie.data.id === tieId(groupOf.get(first.targetId)!, groupOf.get(first.sourceId)!)),
    ).toBe(true);
  });

  it('opens a group on demand: its members are drawn one by one, with their own relationships', () => {
    const groupId = 'category-group:campania:reception-centre';
    const { withClass } = overview(EMPTY_MAP_FILTERS, new Set([groupId]));
    const members = network.stakeholders.filter((stakeholder) => categoryGroupOf(stakeholder) === groupId);
    const drawn = withClass('stakeholder');
    expect(drawn.map((element) => element.data.id).sort()).toEqual(members.map((member) => member.id).sort());
    expect(drawn.every((element) => element.data.frame === groupId)).toBe(true);
    expect(withClass('category-group-open').map((element) => element.data.id)).toEqual([groupId]);
    // The frame is a plain node (no compound parents, which are slow to style) around its members.
    expect(drawn.some((element) => 'parent' in element.data)).toBe(false);
    const frame = withClass('category-group-open')[0]!;
    const [width, height] = [Number(frame.data.width), Number(frame.data.height)];
    for (const { position } of drawn) {
      expect(Math.abs(position!.x - frame.position!.x)).toBeLessThan(width / 2);
      expect(Math.abs(position!.y - frame.position!.y)).toBeLessThan(height / 2);
    }
    const memberIds = new Set(members.map((member) => member.id));
    const inside = network.relationships.filter(
      (relationship) => memberIds.has(relationship.sourceId) && memberIds.has(relationship.targetId),
    );
    expect(
      withClass('relationship')
        .map((element) => element.data.id)
        .sort(),
    ).toEqual(inside.map((relationship) => relationship.id).sort());
    // Members' ties to closed groups are counted between their open group and those groups:
    // one line per pair of groups, not one per member.
    const ties = withClass('ties');
    expect(ties.some((tie) => memberIds.has(String(tie.data.source)) || memberIds.has(String(tie.data.target)))).toBe(
      false,
    );
    const fromOpenGroup = ties.filter((tie) => tie.data.source === groupId || tie.data.target === groupId);
    const regionOf = new Map(network.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region ?? 'none']));
    const outward = network.relationships.filter(
      (relationship) => memberIds.has(relationship.sourceId) !== memberIds.has(relationship.targetId),
    );
    expect(fromOpenGroup.reduce((sum, tie) => sum + Number(tie.data.count), 0)).toBe(outward.length);
    expect(
      outward.some((relationship) => regionOf.get(relationship.sourceId) !== regionOf.get(relationship.targetId)),
    ).toBe(true);
  });

  it("keeps the selected member's own lines to closed groups, so its neighbourhood can be highlighted", () => {
    const groupId = 'category-group:campania:reception-centre';
    const member = network.stakeholders.find(
      (stakeholder) =>
        categoryGroupOf(stakeholder) === groupId &&
        network.relationships.some((relationship) => relationship.sourceId === stakeholder.id),
    )!;
    const visibility = mapVisibility(records, index, EMPTY_MAP_FILTERS);
    const elements = buildOverviewElements({
      records,
      index,
      options: DEFAULT_MAP_OPTIONS,
      visibility,
      openGroups: new Set(),
      focusedGroupId: groupId,
      focusedId: member.id,
      groupLabel: (group) => group,
      categoryLabel: (id) => id,
      today: '2026-12-07',
    });
    const own = elements.filter(
      (element) =>
        element.classes === 'ties' && (element.data.source === member.id || element.data.target === member.id),
    );
    const memberIds = new Set(
      network.stakeholders
        .filter((stakeholder) => categoryGroupOf(stakeholder) === groupId)
        .map((stakeholder) => stakeholder.id),
    );
    const outward = network.relationships.filter(
      (relationship) =>
        (relationship.sourceId === member.id || relationship.targetId === member.id) &&
        !(memberIds.has(relationship.sourceId) && memberIds.has(relationship.targetId)),
    );
    expect(own.reduce((sum, tie) => sum + Number(tie.data.count), 0)).toBe(outward.length);
  });

  it('opens the group of the selected stakeholder, so a search reaches anyone', () => {
    const target = network.stakeholders[1234]!;
    expect(openParts(network.stakeholders, new Set(), categoryGroupOf(target))).toEqual({
      regions: new Set([`group:${target.region ?? 'none'}`]),
      categoryGroups: new Set([categoryGroupOf(target)]),
    });
    const { elements } = overview(EMPTY_MAP_FILTERS, new Set(), categoryGroupOf(target));
    expect(elements.find((element) => element.data.id === target.id)?.data.frame).toBe(categoryGroupOf(target));
  });

  it('draws everyone one by one when the filters leave few enough stakeholders', () => {
    const filters = {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: ['basilicata'] },
    };
    const { withClass, visibility } = overview(filters);
    expect(visibility.stakeholderIds.size).toBeLessThanOrEqual(DETAIL_LIMIT);
    expect(withClass('category-group')).toHaveLength(0);
    expect(withClass('stakeholder')).toHaveLength(visibility.stakeholderIds.size);
    expect(withClass('region-group').map((element) => element.data.id)).toEqual(['group:basilicata']);
    expect(withClass('ties')).toHaveLength(0);
  });

  it('as of a day, draws and counts only the ties active then (mapTime.ts)', () => {
    // A tie between two regions: ties within one closed group are not drawn or counted at all.
    const regionOf = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
    const ended = records.relationships.find(
      (relationship) => regionOf.get(relationship.sourceId) !== regionOf.get(relationship.targetId),
    )!;
    const asOf = (isTieShown: (relationshipId: string) => boolean) => {
      const time = {
        isKnownAt: new Uint8Array(records.stakeholders.length).fill(1),
        isTieShown,
        agreementIds: new Set<string>(),
      };
      const elements = buildOverviewElements({
        records,
        index,
        options: DEFAULT_MAP_OPTIONS,
        visibility: mapVisibility(records, index, EMPTY_MAP_FILTERS, undefined, time),
        openGroups: new Set(),
        focusedGroupId: null,
        groupLabel: (group) => group,
        categoryLabel: (id) => id,
        today: '2026-12-07',
      });
      const classesOf = (element: (typeof elements)[number]) => String(element.classes).split(' ');
      // Every tie is drawn one by one or counted in the ties between two groups.
      return elements.reduce(
        (sum, element) =>
          sum +
          (classesOf(element).includes('relationship') ? 1 : 0) +
          (classesOf(element).includes('ties') ? Number(element.data.count) || 0 : 0),
        0,
      );
    };
    const everyTie = asOf(() => true);
    expect(everyTie).toBeGreaterThan(0);
    expect(asOf((relationshipId) => relationshipId !== ended.id)).toBe(everyTie - 1);
  });

  it('counts only stakeholders the filters keep', () => {
    const filters = {
      ...EMPTY_MAP_FILTERS,
      stakeholders: { ...EMPTY_MAP_FILTERS.stakeholders, regions: ['lazio', 'lombardia', 'campania'] },
    };
    const { withClass, visibility } = overview(filters);
    expect(visibility.stakeholderIds.size).toBeGreaterThan(DETAIL_LIMIT);
    const regions = withClass('region-summary');
    expect(new Set(regions.map((region) => region.data.id))).toEqual(
      new Set(['group:lazio', 'group:lombardia', 'group:campania']),
    );
    expect(regions.reduce((sum, region) => sum + Number(region.data.count), 0)).toBe(visibility.stakeholderIds.size);
  });

  it('opens the only region the filters leave', () => {
    const lazio = buildSyntheticNetwork({ stakeholders: 8000 }).stakeholders.filter(
      (stakeholder) => stakeholder.region === 'lazio',
    );
    expect(lazio.length).toBeGreaterThan(DETAIL_LIMIT);
    expect(openParts(lazio, new Set(), null)).toEqual({ regions: new Set(['group:lazio']), categoryGroups: new Set() });
  });

  it('places groups apart and every opened member inside the area its group takes', () => {
    const { withClass } = overview(EMPTY_MAP_FILTERS, new Set(['group:lazio', 'category-group:lazio:ngo']));
    const positions = withClass('category-group').map((group) => group.position!);
    const distinct = new Set(positions.map((position) => `${Math.round(position.x)},${Math.round(position.y)}`));
    expect(distinct.size).toBe(positions.length);
    const members = withClass('stakeholder').map((member) => member.position!);
    const xs = members.map((position) => position.x);
    const ys = members.map((position) => position.y);
    for (const group of positions) {
      const isInside =
        group.x > Math.min(...xs) &&
        group.x < Math.max(...xs) &&
        group.y > Math.min(...ys) &&
        group.y < Math.max(...ys);
      expect(isInside).toBe(false);
    }
  });

  it('sizes group nodes by the logarithm of their count, within bounds', () => {
    expect(groupNodeSize(1)).toBeLessThan(groupNodeSize(100));
    expect(groupNodeSize(100_000)).toBe(110);
  });
});
