import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPython } from '../integration/readBack';
import { ImportExportPage } from './pages/ImportExportPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { launchChromium, openApp } from './support/browser';

// A contact matrix restricted to a region, and the network for Gephi, as a user saves them,
// read back by independent readers (Debian's openpyxl and networkx).

const PYTHON = process.env.TRAMA_PYTHON ?? '/usr/bin/python3';

const READ_MATRIX = `
import json, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1])
matrix, key = book.worksheets[0], book.worksheets[1]
rows = [list(row) for row in matrix.iter_rows(values_only=True)]
print(json.dumps({
    "sheets": book.sheetnames,
    "frozen": matrix.freeze_panes,
    "orientation": matrix.page_setup.orientation,
    "fitToWidth": matrix.page_setup.fitToWidth,
    "titleRows": matrix.print_title_rows,
    "header": rows[0],
    "last": rows[-1],
    "size": len(rows),
    "keyRegions": sorted({row[2] for row in key.iter_rows(min_row=3, values_only=True)}),
}))
`;

const READ_GEXF = `
import json, sys
import networkx as nx
graph = nx.read_gexf(sys.argv[1])
kinds = [data.get("node_type") for _, data in graph.nodes(data=True)]
print(json.dumps({
    "mode": graph.graph.get("mode"),
    "stakeholders": kinds.count("stakeholder"),
    "agreements": kinds.count("agreement"),
    "dated": all("start" in data for _, data in graph.nodes(data=True)),
    "names": sorted({data.get("category_name") for _, data in graph.nodes(data=True) if data.get("category_name")})[:3],
}))
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!existsSync(PYTHON))('contact matrices and Gephi files', () => {
  it('saves a Lazio matrix with short labels, frozen names, print setup and totals, and a dated GEXF', async () => {
    const { page, context, errors } = await openApp(browser);
    await new OnboardingPage(page).loadSample();
    const io = new ImportExportPage(page);
    await io.open();
    await page.getByLabel('Matrix', { exact: true }).selectOption({ label: 'Stakeholder × stakeholder: strength' });
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Lazio' });
    const matrix = await io.download('Export matrix');
    expect(matrix.suggestedName).toMatch(/^Matrix – Relationship strength – Lazio – \d{4}-\d{2}-\d{2}\.xlsx$/);
    const read = runPython<{
      sheets: string[];
      frozen: string;
      orientation: string;
      fitToWidth: number;
      titleRows: string;
      header: unknown[];
      last: unknown[];
      size: number;
      keyRegions: string[];
    }>(READ_MATRIX, matrix.filePath);
    expect(read).toMatchObject({
      sheets: ['Relationship strength', 'Key'],
      frozen: 'B2',
      orientation: 'landscape',
      fitToWidth: 1,
      titleRows: '$1:$1',
      keyRegions: ['Lazio'],
    });
    expect(read.header[0]).toBe('Row → column');
    expect(read.header.at(-1)).toBe('Total');
    expect(read.last[0]).toBe('Total');
    expect(read.header).toContain('ASL RM1');
    expect(read.size).toBeLessThan(60);

    const gexf = await io.download('GEXF (Gephi)');
    expect(gexf.suggestedName).toMatch(/^Network – \d{4}-\d{2}-\d{2}\.gexf$/);
    const graph = runPython<{
      mode: string;
      stakeholders: number;
      agreements: number;
      dated: boolean;
      names: string[];
    }>(READ_GEXF, gexf.filePath);
    expect(graph.mode).toBe('dynamic');
    expect(graph.stakeholders).toBeGreaterThan(100);
    expect(graph.agreements).toBeGreaterThan(0);
    expect(graph.dated).toBe(true);
    expect(graph.names.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
