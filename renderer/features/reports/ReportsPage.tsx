import { useEffect, useMemo, useState } from 'react';
import { stageAtFromHistory } from '../../../shared/analysis/asOf';
import { programmeReport, type ReportScope } from '../../../shared/analysis/programmeReport';
import { useToday } from '../../app/useToday';
import { ACTION_KINDS, GUIDELINES_STAGES } from '../../../shared/domain/enums';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { figureValue, REPORT_FIGURES } from '../../../shared/io/reportWorkbook';
import { reportScopeFromQuery } from '../../../shared/ipc/reportPrint';
import type { Route } from '../../app/route';
import { useReportData } from '../../data/useReportQueries';
import { useT } from '../../i18n/useT';
import { DateField } from '../../ui/DateField';
import { isWholeDate } from '../../ui/dateText';
import { EmptyState } from '../../ui/EmptyState';
import { FieldFrame } from '../../ui/FieldFrame';
import { ActionsChart, loadPlot, StagesChart } from './ReportCharts';
import { reportProgrammeName, reportRegionName } from './reportFileName';
import { useReportPrint } from './useReportPrint';
import { useReportWorkbook } from './useReportWorkbook';
import './reports.css';

const firstOfYear = (day: string) => `${day.slice(0, 4)}-01-01`;

/**
 * The programme report: figures of a period for a programme and a region, charts, the workbook
 * and print. An address may name the scope (#/reports?programme=…&region=…&from=…&to=…): the
 * desktop's PDF printing opens the page that way.
 */
export function ReportsPage({ route }: { route: Pick<Route, 'query'> }) {
  const { t, formatDate } = useT();
  const data = useReportData();
  // The charts' library loads while the records are read (a failure shows when a chart asks again).
  useEffect(() => void loadPlot().catch(() => undefined), []);
  // Stages at a past date come from the recorded changes, read with the records.
  const stageAt = useMemo(() => (data ? stageAtFromHistory(data.stageChanges) : undefined), [data]);
  // Moves at midnight: follow-ups and trainings are counted up to today (programmeReport).
  const today = useToday();
  const [scope, setScope] = useState<ReportScope>(
    () =>
      reportScopeFromQuery(route.query) ?? {
        programmeId: null,
        region: null,
        from: firstOfYear(today),
        to: today,
      },
  );
  const isPeriodValid = scope.from !== '' && scope.to !== '' && scope.from <= scope.to;
  const report = useMemo(
    () => (data && stageAt && isPeriodValid ? programmeReport(data, scope, stageAt, today) : undefined),
    [data, stageAt, scope, isPeriodValid, today],
  );
  const workbook = useReportWorkbook();
  const printing = useReportPrint(data?.programmes ?? []);

  if (!data) return <p role="status">{t('common.loading')}</p>;
  if (data.stakeholders.length === 0)
    return (
      <div className="page">
        <h1>{t('reports.title')}</h1>
        <EmptyState title={t('reports.title')}>
          <p>{t('reports.empty')}</p>
        </EmptyState>
      </div>
    );
  const change = (patch: Partial<ReportScope>) => setScope((current) => ({ ...current, ...patch }));

  return (
    <div className="page report-page" data-ready={report ? 'true' : 'false'}>
      <div className="page-header">
        <h1>{t('reports.title')}</h1>
        <div className="page-actions no-print">
          <button
            type="button"
            disabled={!report || workbook.isBusy}
            onClick={() => report && stageAt && void workbook.save(report, data, stageAt)}
          >
            {t('reports.saveWorkbook')}
          </button>
          <button type="button" disabled={!report || printing.isBusy} onClick={() => void printing.print(scope)}>
            {printing.label}
          </button>
        </div>
      </div>
      <p className="muted">{t('reports.intro')}</p>
      <fieldset className="report-scope no-print">
        <legend>{t('reports.scopeLabel')}</legend>
        <FieldFrame label={t('reports.programme')}>
          {({ inputId }) => (
            <select
              id={inputId}
              value={scope.programmeId ?? ''}
              onChange={(event) => change({ programmeId: event.target.value || null })}
            >
              <option value="">{t('reports.allProgrammes')}</option>
              {data.programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('reports.region')}>
          {({ inputId }) => (
            <select
              id={inputId}
              value={scope.region ?? ''}
              onChange={(event) => change({ region: (event.target.value || null) as RegionId | null })}
            >
              <option value="">{t('reports.allRegions')}</option>
              {REGION_IDS.map((region) => (
                <option key={region} value={region}>
                  {t(`region.${region}`)}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
        <DateField
          hasHint={false}
          label={t('reports.from')}
          value={scope.from}
          onChange={(from) => isWholeDate(from) && change({ from })}
        />
        <DateField
          hasHint={false}
          label={t('reports.to')}
          value={scope.to}
          onChange={(to) => isWholeDate(to) && change({ to })}
        />
      </fieldset>
      <p className="print-only">
        {[
          reportProgrammeName(scope, data.programmes, t),
          reportRegionName(scope, t),
          `${formatDate(scope.from)} – ${formatDate(scope.to)}`,
        ].join(' · ')}
      </p>
      {!isPeriodValid && (
        <p role="alert" className="field-error">
          {t('reports.badPeriod')}
        </p>
      )}
      {report && (
        <>
          <table className="data-table report-figures" aria-label={t('reports.figuresLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('reports.col.figure')}</th>
                <th scope="col">{t('reports.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {REPORT_FIGURES.map((figure) => (
                <tr key={figure}>
                  <th scope="row">{t(`reports.figure.${figure}`)}</th>
                  <td>{figureValue(report, figure)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <section className="report-part">
            <h2>{t('reports.stagesTitle')}</h2>
            <StagesChart report={report} />
            <table className="data-table" aria-label={t('reports.stagesLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.stage')}</th>
                  <th scope="col">{t('reports.col.atStart')}</th>
                  <th scope="col">{t('reports.col.atEnd')}</th>
                </tr>
              </thead>
              <tbody>
                {GUIDELINES_STAGES.map((stage) => (
                  <tr key={stage}>
                    <th scope="row">{t(`stage.${stage}`)}</th>
                    <td>{report.stages.atStart[stage].length}</td>
                    <td>{report.stages.atEnd[stage].length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{t('reports.stagesNote')}</p>
          </section>
          <section className="report-part">
            <h2>{t('reports.actionsTitle')}</h2>
            <ActionsChart report={report} />
            <table className="data-table" aria-label={t('reports.actionsLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.kind')}</th>
                  <th scope="col">{t('reports.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {ACTION_KINDS.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`actionKind.${kind}`)}</th>
                    <td>{report.actions.byKind[kind].length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
