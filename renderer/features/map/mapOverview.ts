import type { ElementDefinition } from 'cytoscape';
import { DEFAULT_CATEGORY_IDS } from '../../../shared/domain/categories';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { MapVisibility } from './mapFilters';
import type { MapIndex } from './mapIndex';
import {
  MAP_GROUPS,
  agreementEdges,
  groupNodeId,
  groupOf,
  nodeSize,
  regionGroupElement,
  relationshipElement,
  stakeholderElement,
  type MapGroup,
  type MapOptions,
  type MapRecords,
} from './mapModel';
import { categoryColour } from './mapPalette';
import { groupCentre, gridOffset, type Point } from './regionLayout';
import { addToPair, countGroupTies, groupsByPosition, isFewOf, relationshipsOf } from './mapTieIndex';

// Level of detail for large networks. Above DETAIL_LIMIT stakeholders the map draws one
// node per region with its count; an opened region draws one node per category with its
// count ("a category group"); an opened category group draws its members one by one. Lines
// stand for the number of ties between what is drawn. Groups open on demand (a click, a
// search that picks one of their members); when the filters leave DETAIL_LIMIT
// stakeholders or fewer, everything is open.
// Positions are computed here, not simulated, so the overview is instant at any size.
// Frames (an open region, an open category group) are plain nodes drawn beneath the rest,
// not Cytoscape compound nodes: with compounds, every style property of every node dirties
// the caches of its whole family, which made opening a few hundred stakeholders slow.

/** The most stakeholders the map draws one by one before it groups them. */
export const DETAIL_LIMIT = 1_000;

export const isOverviewFor = (stakeholderCount: number): boolean => stakeholderCount > DETAIL_LIMIT;

export const categoryGroupId = (group: MapGroup, categoryId: string): string => `category-group:${group}:${categoryId}`;
export const categoryGroupOf = (stakeholder: Pick<Stakeholder, 'region' | 'categoryId'>): string =>
  categoryGroupId(groupOf(stakeholder), stakeholder.categoryId);
export const tieId = (a: string, b: string): string => (a < b ? `ties:${a}|${b}` : `ties:${b}|${a}`);

const MEMBER_SPACING = 72;
/** Room inside a frame around what it holds, and below it for the labels of its last row. */
const REGION_PADDING = 30;
const CATEGORY_PADDING = 12;
const LABEL_ROOM = 40;
const GAP = 70;
const COLLAPSED_SIDE = 150;
const REGION_MARGIN = 160;
const REGION_SIDE = 240;
const TIE_COLOUR = '#9aa5b1';

export interface OverviewInput {
  records: MapRecords;
  /** The index built with these records (prepareMapIndexes.ts). */
  index: MapIndex;
  options: MapOptions;
  visibility: MapVisibility;
  /** Category groups the user opened. */
  openGroups: ReadonlySet<string>;
  /** The selected stakeholder's category group: open, so it can be seen and highlighted. */
  focusedGroupId: string | null;
  /** The selected stakeholder: its ties to closed groups keep lines of their own. */
  focusedId?: string | null;
  groupLabel(group: MapGroup): string;
  categoryLabel(categoryId: string): string;
  /** YYYY-MM-DD: ties drawn one by one are faint when not active then (relationshipElement). */
  today: string;
}

const regionOfCategoryGroup = (categoryGroup: string): string => groupNodeId(categoryGroup.split(':')[1] as MapGroup);

/**
 * What is open. A region shows its category groups, and a category group its members, when
 * the user opened it, when the selected stakeholder is inside, or when the filters leave
 * DETAIL_LIMIT stakeholders or fewer (then everything is open). A region is also open when
 * it is the only one left by the filters.
 */
export function openParts(
  shown: readonly Stakeholder[],
  openGroups: ReadonlySet<string>,
  focusedGroupId: string | null,
): { regions: Set<string>; categoryGroups: Set<string> } {
  const shownRegions = new Set(shown.map((stakeholder) => groupNodeId(groupOf(stakeholder))));
  if (shown.length <= DETAIL_LIMIT)
    return { regions: shownRegions, categoryGroups: new Set(shown.map(categoryGroupOf)) };
  const regions = new Set([...openGroups].filter((id) => shownRegions.has(id)));
  const categoryGroups = new Set([...openGroups].filter((id) => id.startsWith('category-group:')));
  if (focusedGroupId) categoryGroups.add(focusedGroupId);
  for (const id of categoryGroups) regions.add(regionOfCategoryGroup(id));
  if (shownRegions.size === 1) for (const id of shownRegions) regions.add(id);
  return { regions, categoryGroups };
}

/** Each stakeholder's region node and category group, by position (built into the map's index). */
export const overviewGroupsOf = (stakeholders: readonly Stakeholder[]) =>
  groupsByPosition(stakeholders, (stakeholder) => groupNodeId(groupOf(stakeholder)), categoryGroupOf);

/** The size of a category group's node, growing with the logarithm of its count. */
export function groupNodeSize(count: number): number {
  return Math.round(Math.min(110, 34 + 14 * Math.log2(Math.max(1, count))));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byName = (a: Stakeholder, b: Stakeholder) => collator.compare(a.name, b.name);

function categoryRank(categoryId: string): number {
  const index = DEFAULT_CATEGORY_IDS.indexOf(categoryId);
  return index < 0 ? DEFAULT_CATEGORY_IDS.length : index;
}

interface CategoryCell {
  id: string;
  group: MapGroup;
  categoryId: string;
  members: Stakeholder[];
  /** The members' positions in the records' list, in no particular order. */
  positions: number[];
  isOpen: boolean;
  side: number;
  centre: Point;
}

interface Box {
  width: number;
  height: number;
}

/** Rows of cells around the region's centre, each cell as wide as its members need. */
function placeCells(cells: CategoryCell[], centre: Point): Box {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(cells.length)));
  const rows: CategoryCell[][] = [];
  for (let index = 0; index < cells.length; index += perRow) rows.push(cells.slice(index, index + perRow));
  const rowHeights = rows.map((row) => Math.max(...row.map((cell) => cell.side)));
  const totalHeight = rowHeights.reduce((sum, height) => sum + height, 0) + GAP * (rows.length - 1);
  let top = centre.y - totalHeight / 2;
  rows.forEach((row, rowIndex) => {
    const width = row.reduce((sum, cell) => sum + cell.side, 0) + GAP * (row.length - 1);
    let left = centre.x - width / 2;
    const height = rowHeights[rowIndex] ?? 0;
    for (const cell of row) {
      cell.centre = { x: left + cell.side / 2, y: top + height / 2 };
      left += cell.side + GAP;
    }
    top += height + GAP;
  });
  const widest = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + cell.side, 0) + GAP * (row.length - 1)));
  return { width: widest, height: totalHeight };
}

/**
 * How far apart the regions' blocks must be, as a factor of their places on the map of
 * Italy (regionLayout.ts): just enough that no two blocks overlap, so the whole overview
 * fits the screen at a zoom where its labels can be read.
 */
export function regionSpread(boxes: ReadonlyMap<MapGroup, Box>): number {
  let spread = 0.2;
  const groups = [...boxes.keys()];
  groups.forEach((first, index) => {
    for (const second of groups.slice(index + 1)) {
      const a = boxes.get(first)!;
      const b = boxes.get(second)!;
      const dx = Math.abs(groupCentre(first).x - groupCentre(second).x);
      const dy = Math.abs(groupCentre(first).y - groupCentre(second).y);
      const needX = dx > 0 ? ((a.width + b.width) / 2 + REGION_MARGIN) / dx : Infinity;
      const needY = dy > 0 ? ((a.height + b.height) / 2 + REGION_MARGIN) / dy : Infinity;
      spread = Math.max(spread, Math.min(needX, needY));
    }
  });
  return spread;
}

export function buildOverviewElements(input: OverviewInput): ElementDefinition[] {
  const { records, index, options, visibility } = input;
  const { stakeholders } = records;
  const { isShownAt } = visibility;
  const shown = stakeholders.filter((_, position) => isShownAt[position] === 1);
  const open = openParts(shown, input.openGroups, input.focusedGroupId);
  const { regionAt, categoryGroupAt } = index.groups;

  const cellsById = new Map<string, CategoryCell>();
  stakeholders.forEach((stakeholder, position) => {
    if (isShownAt[position] !== 1) return;
    const id = categoryGroupAt[position]!;
    let cell = cellsById.get(id);
    if (!cell) {
      cell = {
        id,
        group: groupOf(stakeholder),
        categoryId: stakeholder.categoryId,
        members: [],
        positions: [],
        isOpen: open.categoryGroups.has(id),
        side: COLLAPSED_SIDE,
        centre: { x: 0, y: 0 },
      };
      cellsById.set(id, cell);
    }
    cell.members.push(stakeholder);
    cell.positions.push(position);
  });
  const elements: ElementDefinition[] = [];
  // What stands for each shown stakeholder, by position: itself, its category group or its region.
  const drawnAt: string[] = new Array<string>(stakeholders.length);
  const oneByOne: string[] = [];
  const { degrees, maxDegree } = index;

  const blocks = new Map<MapGroup, { cells: CategoryCell[]; box: Box; isOpen: boolean }>();
  for (const group of MAP_GROUPS) {
    const cells = [...cellsById.values()]
      .filter((cell) => cell.group === group)
      .sort((a, b) => categoryRank(a.categoryId) - categoryRank(b.categoryId));
    if (cells.length === 0) continue;
    if (!open.regions.has(groupNodeId(group))) {
      blocks.set(group, { cells, box: { width: REGION_SIDE, height: REGION_SIDE }, isOpen: false });
      continue;
    }
    for (const cell of cells) {
      if (!cell.isOpen) continue;
      cell.side = Math.max(COLLAPSED_SIDE, Math.ceil(Math.sqrt(cell.members.length)) * MEMBER_SPACING);
      cell.members.sort(byName);
    }
    blocks.set(group, { cells, box: placeCells(cells, { x: 0, y: 0 }), isOpen: true });
  }
  const spread = regionSpread(new Map([...blocks].map(([group, block]) => [group, block.box])));
  for (const [group, { cells, isOpen }] of blocks) {
    const centre = groupCentre(group);
    if (!isOpen) {
      const count = cells.reduce((sum, cell) => sum + cell.members.length, 0);
      const id = groupNodeId(group);
      elements.push({
        data: { id, label: `${input.groupLabel(group)} (${count})`, count, size: groupNodeSize(count) * 1.4, group },
        position: { x: centre.x * spread, y: centre.y * spread },
        classes: 'region-summary',
      });
      for (const cell of cells) for (const position of cell.positions) drawnAt[position] = id;
      continue;
    }
    const box = blocks.get(group)!.box;
    const region = regionGroupElement(group, input.groupLabel(group));
    elements.push({
      ...region,
      data: {
        ...region.data,
        width: box.width + 2 * REGION_PADDING,
        height: box.height + 2 * REGION_PADDING + LABEL_ROOM,
      },
      position: { x: centre.x * spread, y: centre.y * spread + LABEL_ROOM / 2 },
    });
    for (const cell of cells)
      cell.centre = { x: cell.centre.x + centre.x * spread, y: cell.centre.y + centre.y * spread };
    for (const cell of cells) {
      const label = `${input.categoryLabel(cell.categoryId)} (${cell.members.length})`;
      const count = cell.members.length;
      if (!cell.isOpen) {
        elements.push({
          data: {
            id: cell.id,
            frame: groupNodeId(group),
            label,
            count,
            size: groupNodeSize(count),
            categoryId: cell.categoryId,
            colour: categoryColour(cell.categoryId),
          },
          position: cell.centre,
          classes: 'category-group',
        });
        for (const position of cell.positions) drawnAt[position] = cell.id;
        continue;
      }
      const side = cell.side + 2 * CATEGORY_PADDING;
      elements.push({
        data: {
          id: cell.id,
          frame: groupNodeId(group),
          label,
          count,
          categoryId: cell.categoryId,
          width: side,
          height: side + LABEL_ROOM / 2,
        },
        position: { x: cell.centre.x, y: cell.centre.y + LABEL_ROOM / 4 },
        classes: 'category-group-open',
      });
      cell.members.forEach((member, index) => {
        const offset = gridOffset(index, count);
        const scale = MEMBER_SPACING / 110;
        const size = nodeSize(member.influence, degrees.get(member.id) ?? 0, maxDegree, options.sizeBy);
        elements.push(
          stakeholderElement(
            member,
            options,
            size,
            cell.id,
            { x: cell.centre.x + offset.x * scale, y: cell.centre.y + offset.y * scale },
            cell.id,
          ),
        );
        oneByOne.push(member.id);
      });
      for (const position of cell.positions) drawnAt[position] = stakeholders[position]!.id;
    }
  }

  // Ties between two drawn stakeholders keep their own line; the others are counted per
  // pair of drawn nodes: a stakeholder inside a closed group is represented by its group
  // for ties within its region, and by its region for ties to other regions (fewer,
  // readable lines). Ties inside one closed group are not drawn. A member of a group
  // opened on demand is represented by its open group for ties to closed ones, but for the
  // selected stakeholder: a line per member and closed group made opening a group of a
  // thousand draw thousands of lines (seconds at 50,000 stakeholders), none of them readable.
  const isOpenedOnDemand = shown.length > DETAIL_LIMIT;
  const endAt = (position: number, other: number): string => {
    const drawn = drawnAt[position]!;
    if (drawn === stakeholders[position]!.id)
      return isOpenedOnDemand && drawn !== input.focusedId ? categoryGroupAt[position]! : drawn;
    return regionAt[position] === regionAt[other] ? drawn : regionAt[position]!;
  };
  const ties = new Map<string, Map<string, number>>();
  const countTieAt = (source: number, target: number) => {
    if (source < 0 || target < 0 || isShownAt[source] !== 1 || isShownAt[target] !== 1) return;
    const from = endAt(source, target);
    const to = endAt(target, source);
    if (from !== to) addToPair(ties, from, to, 1);
  };
  const everyRelationship = visibility.showsEveryRelationship;
  // Unfiltered, only the ties of stakeholders drawn one by one are looked at one by one;
  // the others come from the index's counts per pair of category groups. Narrowed to a few
  // stakeholders, only their ties are looked at. Otherwise every relationship is.
  const looked = everyRelationship
    ? relationshipsOf(index.ties, oneByOne, records.relationships.length)
    : isFewOf(shown.length, stakeholders.length)
      ? relationshipsOf(index.ties, visibility.stakeholderIds, records.relationships.length)
      : null;
  const { ends } = index;
  for (const position of looked ?? records.relationships.keys()) {
    const source = ends.sources[position]!;
    const target = ends.targets[position]!;
    // A relationship with an end not shown is passed over by its ends' positions, before any lookup by id.
    if (source < 0 || target < 0 || isShownAt[source] !== 1 || isShownAt[target] !== 1) continue;
    const relationship = records.relationships[position]!;
    // What visibility.edgeIds says, from the ends just checked: no list of every shown relationship is needed.
    if (visibility.relationshipTypes.size > 0 && !visibility.relationshipTypes.has(relationship.type)) continue;
    if (visibility.isTieInTime && !visibility.isTieInTime(relationship.id)) continue;
    if (drawnAt[source] === relationship.sourceId && drawnAt[target] === relationship.targetId)
      elements.push(relationshipElement(relationship, input.today));
    else countTieAt(source, target);
  }
  if (everyRelationship && looked) {
    countGroupTies(index.ties, looked, records.relationships, ties, (id) => {
      const cell = cellsById.get(id);
      if (!cell) return undefined;
      const region = groupNodeId(cell.group);
      return { drawn: open.regions.has(region) ? id : region, region };
    });
  }
  if (options.showAgreements && records.agreements.length > 0) {
    const drawnOneByOne = new Set(oneByOne);
    const { positionOf } = index;
    for (const edge of agreementEdges(records.agreements, visibility.stakeholderIds)) {
      if (!visibility.edgeIds.has(String(edge.data.id))) continue;
      const source = String(edge.data.source);
      const target = String(edge.data.target);
      if (drawnOneByOne.has(source) && drawnOneByOne.has(target)) elements.push(edge);
      else countTieAt(positionOf.get(source) ?? -1, positionOf.get(target) ?? -1);
    }
  }
  for (const [source, row] of ties) {
    for (const [target, count] of row) {
      elements.push({
        data: {
          id: tieId(source, target),
          source,
          target,
          count,
          width: Math.min(14, 1 + 1.6 * Math.log2(count + 1)),
          colour: TIE_COLOUR,
          lineStyle: 'solid',
          arrow: 'none',
        },
        classes: 'ties',
      });
    }
  }
  return elements;
}
