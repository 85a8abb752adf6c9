import type { Page } from 'playwright-core';
import { longestTask, now } from './pageWatchers';

// The programme report as a user opens it in the running app: from the dashboard, shown and
// settled, a click on "Reports" in the sidebar until the report is shown in full (figures, every
// chart drawn) and painted. A page load (the other figure, reportScenario.ts) adds the app's own
// start: loading and compiling the bundle, opening the database.

const STEP_LIMIT = { timeout: 900_000 };
/** A user looks at the dashboard before going on; its reads are done by then. */
const DASHBOARD_LOOK_MS = 1_000;

export interface OpeningFromNavigation {
  ms: number;
  longestTaskMs: number;
}

export async function openReportFromNavigation(page: Page, url: string): Promise<OpeningFromNavigation> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor(STEP_LIMIT);
  await page.waitForFunction(() => !document.querySelector('main [role="status"]'), undefined, {
    ...STEP_LIMIT,
    polling: 50,
  });
  await page.waitForTimeout(DASHBOARD_LOOK_MS);
  const link = page.getByRole('navigation').getByRole('link', { name: 'Reports', exact: true });
  const start = await now(page);
  const ms = await link.evaluate(async (anchor) => {
    const isShown = () => {
      const report = document.querySelector('.report-page[data-ready="true"]');
      if (!report?.querySelector('table.report-figures')) return false;
      const charts = [...report.querySelectorAll('[data-chart]')];
      return charts.length >= 2 && charts.every((chart) => chart.getAttribute('data-drawn') === 'true');
    };
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const clickedAt = performance.now();
    (anchor as HTMLElement).click();
    while (!isShown()) {
      if (performance.now() - clickedAt > 120_000) throw new Error('The report was not shown within 120 s');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await frame();
    await frame();
    return performance.now() - clickedAt;
  });
  return { ms, longestTaskMs: await longestTask(page, start, await now(page)) };
}
