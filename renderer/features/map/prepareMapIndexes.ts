import type { MapIndex } from './mapIndex';
import type { MapRecords } from './mapModel';
import { overviewGroupsOf } from './mapOverview';
import {
  degreeOf,
  incidentRelationships,
  relationshipEnds,
  relationshipTypesIn,
  stakeholderPositions,
  tieIndexOf,
} from './mapTieIndex';

// The map's index (mapIndex.ts), built once per data load. At 50,000 stakeholders and
// 250,000 relationships its parts take over half a second together: built one per task,
// while the page says it is loading, the first drawing does not freeze the window for all
// of them at once.

/** Builds the index one part at a time, pausing (a `yield`) between parts. */
function* mapIndexInSteps(records: MapRecords): Generator<void, MapIndex, void> {
  const { stakeholders, relationships } = records;
  const positionOf = stakeholderPositions(stakeholders);
  yield;
  const ends = relationshipEnds(positionOf, relationships);
  yield;
  const relationshipTypes = relationshipTypesIn(relationships);
  yield;
  const degrees = degreeOf(relationships);
  let maxDegree = 0;
  for (const degree of degrees.values()) maxDegree = Math.max(maxDegree, degree);
  yield;
  const groups = overviewGroupsOf(stakeholders);
  yield;
  const incident = incidentRelationships(relationships);
  yield;
  const ties = tieIndexOf(stakeholders, relationships, groups.categoryGroupAt, incident);
  return { positionOf, ends, relationshipTypes, degrees, maxDegree, groups, ties };
}

/** The index of these records, built at once (tests, small networks). */
export function buildMapIndex(records: MapRecords): MapIndex {
  const steps = mapIndexInSteps(records);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The index of these records, each part built in a task of its own. */
export async function prepareMapIndex(records: MapRecords): Promise<MapIndex> {
  const steps = mapIndexInSteps(records);
  for (;;) {
    await nextTask();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
