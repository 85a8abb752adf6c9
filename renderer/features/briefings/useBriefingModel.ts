import { useMemo } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import type { Briefing, BriefingSection } from '../../../shared/domain/briefing';
import { buildBriefingModel, type BriefingModel } from '../../../shared/briefing/briefingModel';
import type { ExportData } from '../../../shared/io/exportData';

/**
 * The briefing's content, derived afresh from the records (undefined while loading).
 * `sections` overrides the stored ones while a change to them is being saved.
 */
export function useBriefingModel(
  briefing: Briefing | undefined,
  data: ExportData | undefined,
  sections?: readonly BriefingSection[],
): BriefingModel | undefined {
  const source = briefing?.source;
  const chosen = sections ?? briefing?.sections;
  const addedStakeholderIds = briefing?.addedStakeholderIds;
  const removedStakeholderIds = briefing?.removedStakeholderIds;
  return useMemo(
    () =>
      source && chosen && data
        ? buildBriefingModel(source, chosen, data, {
            today: localIsoDate(),
            attendeeChanges: { addedStakeholderIds, removedStakeholderIds },
          })
        : undefined,
    [source, chosen, data, addedStakeholderIds, removedStakeholderIds],
  );
}
