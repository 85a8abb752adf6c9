import { useMemo, useState } from 'react';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { groupNodeId, groupOf } from './mapModel';
import { categoryGroupOf } from './mapOverview';
import { neighbourLookup, neighbourhoodOf, type DrawnLines, type FocusDepth } from './neighbourhood';
import type { MapFocus } from './useFocusView';
import { useFocusDepth } from './useMapOptions';
import type { MapData } from './useMapRecords';

export interface MapFocusState {
  depth: FocusDepth;
  setDepth(depth: FocusDepth): void;
  /** "Only this neighbourhood": the rest of the network hidden as a filter hides it. */
  isOnly: boolean;
  setIsOnly(isOnly: boolean): void;
  /** The neighbourhood's stakeholders by id with their distance along drawn lines, or null with no focus. */
  neighbourhood: ReadonlyMap<string, number> | null;
  /** The stakeholders one step away by any tie, for the side panel, which marks those the filters hide. */
  neighbours: readonly Stakeholder[];
  /** How many are two steps away, when the depth is 2. */
  secondDegreeCount: number | null;
  /** What the canvas fits and leaves unfaded. */
  view: MapFocus | null;
  /** For mapVisibility: the only stakeholders shown, in "only this neighbourhood" mode. */
  onlyIds: ReadonlyMap<string, number> | undefined;
}

/**
 * The focused stakeholder's neighbourhood and how the map shows it. `shown` is what the map
 * draws under its filters and day, without "only this neighbourhood": the neighbourhood
 * steps along its lines only. The side panel still lists every direct neighbour, saying
 * which the filters hide.
 */
export function useMapFocus(
  loaded: MapData | undefined,
  focusedId: string | null,
  {
    withAgreements,
    isOverview,
    shown,
  }: { withAgreements: boolean; isOverview: boolean; shown: { edgeIds: DrawnLines } },
): MapFocusState {
  const [depth, setDepth] = useFocusDepth();
  const [isOnly, setIsOnly] = useState(false);
  const records = useMemo(
    () =>
      loaded && {
        relationships: loaded.records.relationships,
        agreements: withAgreements ? loaded.records.agreements : [],
      },
    [loaded, withAgreements],
  );
  const isFocused = focusedId !== null;
  // Built while a stakeholder is selected; it asks about the focus's own ties by position (hasRelationshipAt).
  const lookup = useMemo(
    () => (loaded && records && isFocused ? neighbourLookup(records, loaded.index.ties.incident, shown.edgeIds) : null),
    [loaded, records, isFocused, shown],
  );
  const neighbourhood = useMemo(
    () => (lookup && focusedId ? neighbourhoodOf(focusedId, depth, lookup) : null),
    [lookup, focusedId, depth],
  );
  const neighbours = useMemo(() => {
    if (!loaded || !records || !focusedId) return [];
    const { stakeholders } = loaded.records;
    return [...neighbourLookup(records, loaded.index.ties.incident)(focusedId)].flatMap((id) => {
      const stakeholder = stakeholders[loaded.index.positionOf.get(id) ?? -1];
      return stakeholder ? [stakeholder] : [];
    });
  }, [loaded, records, focusedId]);
  const { secondDegreeCount, view } = useMemo(() => {
    if (!loaded || !neighbourhood || !focusedId)
      return { secondDegreeCount: null, view: null } satisfies Partial<MapFocusState>;
    const { stakeholders } = loaded.records;
    const stakeholderOf = (id: string) => {
      const position = loaded.index.positionOf.get(id);
      return position === undefined ? undefined : stakeholders[position];
    };
    let twoSteps = 0;
    const candidates: string[][] = [];
    for (const [id, distance] of neighbourhood) {
      const stakeholder = stakeholderOf(id);
      if (distance === 2) twoSteps += 1;
      // In the overview a stakeholder may be drawn only as part of its category group or region.
      candidates.push(
        isOverview && stakeholder ? [id, categoryGroupOf(stakeholder), groupNodeId(groupOf(stakeholder))] : [id],
      );
    }
    return {
      secondDegreeCount: depth === 2 ? twoSteps : null,
      view: { id: focusedId, candidates },
    };
  }, [loaded, neighbourhood, focusedId, isOverview, depth]);
  return {
    depth,
    setDepth,
    isOnly,
    setIsOnly,
    neighbourhood,
    neighbours,
    secondDegreeCount,
    view,
    onlyIds: isOnly && neighbourhood ? neighbourhood : undefined,
  };
}
