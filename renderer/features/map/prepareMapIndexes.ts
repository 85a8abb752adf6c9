import type { MapRecords } from './mapModel';
import { degreeOf } from './mapModel';
import { categoryGroupOf, overviewGroupsOf } from './mapOverview';
import { incidentRelationships, relationshipEnds, relationshipTypesIn, stakeholderPositions, tieIndexOf } from './mapTieIndex';

// The map's indexes are built once per data load and cached with the records' lists. At
// 50,000 stakeholders and 250,000 relationships they take over half a second together:
// built here one per task, while the page says it is loading, the first drawing does not
// freeze the window for all of them at once.

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function prepareMapIndexes(records: MapRecords): Promise<void> {
  const { stakeholders, relationships } = records;
  const builders = [
    () => stakeholderPositions(stakeholders),
    () => relationshipEnds(stakeholders, relationships),
    () => relationshipTypesIn(relationships),
    () => degreeOf(relationships),
    () => overviewGroupsOf(stakeholders),
    () => incidentRelationships(relationships),
    () => tieIndexOf(stakeholders, relationships, categoryGroupOf),
  ];
  for (const build of builders) {
    await nextTask();
    build();
  }
}
