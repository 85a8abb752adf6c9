import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import type { Briefing } from '../../../shared/domain/briefing';
import { buildBriefingModel, type BriefingModel } from '../../../shared/briefing/briefingModel';
import type { ExportData } from '../../../shared/io/exportData';
import { db } from '../../db/db';
import { loadExportData } from '../import-export/loadExportData';

/** Every record a briefing draws on, kept up to date as they change. */
export function useBriefingRecords(): ExportData | undefined {
  return useLiveQuery(() => loadExportData(db), []);
}

/** The briefing's content, derived afresh from the records (undefined while loading). */
export function useBriefingModel(briefing: Briefing | undefined, data: ExportData | undefined): BriefingModel | undefined {
  return useMemo(() => (briefing && data ? buildBriefingModel(briefing.source, briefing.sections, data, { today: localIsoDate() }) : undefined), [briefing, data]);
}
