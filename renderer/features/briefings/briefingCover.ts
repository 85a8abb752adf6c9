import { localIsoDate } from '../../../shared/domain/common';
import type { Briefing } from '../../../shared/domain/briefing';
import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import type { BriefingCover } from '../../../shared/briefing/briefingTables';
import type { ExportData } from '../../../shared/io/exportData';

/** The cover facts: the briefing's own programme, else its meeting's. */
export function briefingCover(
  briefing: Briefing,
  model: BriefingModel,
  data: Pick<ExportData, 'programmes'>,
  noProgramme: string,
): BriefingCover {
  const programmeId = briefing.programmeId ?? model.action?.programmeId ?? null;
  const programme = data.programmes.find((candidate) => candidate.id === programmeId);
  return {
    title: briefing.title,
    date: localIsoDate(),
    meetingDate: model.action?.date ?? briefing.meetingDate ?? null,
    meetingPlace: briefing.meetingPlace ?? '',
    programme: programme?.name ?? noProgramme,
    agenda: briefing.agenda,
  };
}
