import type * as PlotTypes from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import type { ProgrammeReport } from '../../../shared/analysis/programmeReport';
import { ACTION_KINDS, GUIDELINES_STAGES } from '../../../shared/domain/enums';
import { useT } from '../../i18n/useT';

// Charts drawn by Observable Plot (decision 0010): static SVG, crisp on paper and in the PDF,
// from a few lines of description. Loaded when a report is first shown, not with the app.
// Each chart repeats a table next to it, which is what screen readers and the workbook use.

type PlotModule = typeof PlotTypes;

let plotLoading: Promise<PlotModule> | null = null;

/**
 * Observable Plot, loaded once. The page asks for it as it opens, so that it arrives while the
 * records are read rather than after the figures are counted; a failed load is tried again.
 */
export function loadPlot(): Promise<PlotModule> {
  plotLoading ??= import('@observablehq/plot').catch((error: unknown) => {
    plotLoading = null;
    throw error;
  });
  return plotLoading;
}

/**
 * Counts are whole numbers: up to ten, every one of them is a tick; above, Plot picks round
 * ones. Left to itself, Plot puts ticks at 0.2, 0.4… and 'd' then prints "0 0 0 1 1 1".
 */
function countTicks(counts: readonly number[]): number[] | undefined {
  const highest = Math.max(1, ...counts);
  return highest <= 10 ? Array.from({ length: highest + 1 }, (_, count) => count) : undefined;
}

/** Start and end bars side by side: light and dark of one blue, told apart in grey print too. */
const START_END_COLOURS = ['#9ecae1', '#08519c'];
const BAR_COLOUR = '#3182bd';

function PlotFigure({ label, draw }: { label: string; draw: (Plot: PlotModule) => SVGSVGElement | HTMLElement }) {
  const holder = useRef<HTMLDivElement>(null);
  const [isDrawn, setIsDrawn] = useState(false);
  useEffect(() => {
    let chart: Element | null = null;
    let isCurrent = true;
    void loadPlot().then((Plot) => {
      if (!isCurrent || !holder.current) return;
      chart = draw(Plot);
      holder.current.replaceChildren(chart);
      setIsDrawn(true);
    });
    return () => {
      isCurrent = false;
      chart?.remove();
    };
    // Drawn once: a chart whose data change is a new one (its key says its data).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The chart shows what the table beside it says: hidden from screen readers, not from the eye.
  // data-drawn tells the desktop's PDF printing (electron/printToPdf.ts) to wait for it.
  return (
    <div
      className="report-chart"
      ref={holder}
      aria-hidden="true"
      data-chart={label}
      data-drawn={isDrawn ? 'true' : 'false'}
    />
  );
}

export function StagesChart({ report }: { report: ProgrammeReport }) {
  const { t, language } = useT();
  const atStart = t('reports.col.atStart');
  const atEnd = t('reports.col.atEnd');
  const data = GUIDELINES_STAGES.flatMap((stage) => [
    { stage: t(`stage.${stage}`), when: atStart, count: report.stages.atStart[stage].length },
    { stage: t(`stage.${stage}`), when: atEnd, count: report.stages.atEnd[stage].length },
  ]);
  const key = `${language}:${JSON.stringify(data)}`;
  return (
    <PlotFigure
      key={key}
      label={t('reports.stagesLabel')}
      draw={(Plot) =>
        Plot.plot({
          width: 640,
          height: 260,
          marginBottom: 40,
          fx: { label: null, domain: GUIDELINES_STAGES.map((stage) => t(`stage.${stage}`)) },
          x: { axis: null, domain: [atStart, atEnd] },
          y: { label: null, grid: true, tickFormat: 'd', ticks: countTicks(data.map((row) => row.count)) },
          color: { domain: [atStart, atEnd], range: START_END_COLOURS, legend: true },
          marks: [Plot.barY(data, { fx: 'stage', x: 'when', y: 'count', fill: 'when' }), Plot.ruleY([0])],
        })
      }
    />
  );
}

export function ActionsChart({ report }: { report: ProgrammeReport }) {
  const { t, language } = useT();
  const data = ACTION_KINDS.map((kind) => ({
    kind: t(`actionKind.${kind}`),
    count: report.actions.byKind[kind].length,
  }));
  const key = `${language}:${JSON.stringify(data)}`;
  return (
    <PlotFigure
      key={key}
      label={t('reports.actionsLabel')}
      draw={(Plot) =>
        Plot.plot({
          width: 640,
          height: 40 + data.length * 24,
          marginLeft: 200,
          x: { label: null, grid: true, tickFormat: 'd', ticks: countTicks(data.map((row) => row.count)) },
          y: { label: null, domain: data.map((row) => row.kind) },
          marks: [
            Plot.barX(data, { y: 'kind', x: 'count', fill: BAR_COLOUR }),
            Plot.text(data, { y: 'kind', x: 'count', text: 'count', dx: 8, textAnchor: 'start' }),
            Plot.ruleX([0]),
          ],
        })
      }
    />
  );
}
