import type { ReportScope } from '../../../shared/analysis/programmeReport';
import { exportFileName } from '../../../shared/io/exportFileName';
import type { I18nValue } from '../../i18n/I18nContext';

type Translate = I18nValue['t'];

/** The programme's name, or the words for all programmes, in the interface language. */
export function reportProgrammeName(
  scope: Pick<ReportScope, 'programmeId'>,
  programmes: readonly { id: string; name: string }[],
  t: Translate,
): string {
  return programmes.find((programme) => programme.id === scope.programmeId)?.name ?? t('reports.allProgrammes');
}

export function reportRegionName(scope: Pick<ReportScope, 'region'>, t: Translate): string {
  return scope.region ? t(`region.${scope.region}`) : t('reports.allRegions');
}

/** "Programme report – PsychCare 2 – Campania – 2026-01-01 – 2026-12-06.xlsx", one name for the workbook and the PDF. */
export function reportFileName(
  scope: ReportScope,
  programmes: readonly { id: string; name: string }[],
  t: Translate,
  extension: 'xlsx' | 'pdf',
): string {
  return exportFileName(
    [t('reports.title'), reportProgrammeName(scope, programmes, t), reportRegionName(scope, t), scope.from],
    scope.to,
    extension,
  );
}
