import type { Core } from 'cytoscape';
import { db } from '../../renderer/db/db';
import { markStartedEmpty, loadSampleNetwork } from '../../renderer/db/sample';
import { buildSyntheticNetwork } from '../../shared/sample/syntheticNetwork';
import { bareWriteOfAppRows } from './bareIdbWrite';
import { countFramesWhile, panZoomGesture } from './panZoom';

// Bundled by the benchmark (esbuild, IIFE) and injected into the built app: it writes a
// synthetic network through the app's own bulk-write code, and times user actions inside
// the page, so that no round trip to the Node side is counted.

const CANVAS = '[data-testid="map-canvas"]';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Two animation frames: Cytoscape paints in its own frame callback after a change. */
async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Painted with nothing left to draw: a large opened group is drawn in steps (aria-busy). */
async function paintedInFull(): Promise<void> {
  await until(() => canvas().getAttribute('aria-busy') !== 'true', 600_000);
  await painted();
}

async function until<T>(read: () => T | null | undefined | false, timeoutMs = 120_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function canvas(): HTMLElement {
  const element = document.querySelector<HTMLElement>(CANVAS);
  if (!element) throw new Error('No map canvas');
  return element;
}

function checkbox(filterLabel: string, optionLabel: string): HTMLInputElement {
  for (const details of document.querySelectorAll('details.filter')) {
    if (!details.querySelector('summary')?.textContent?.startsWith(filterLabel)) continue;
    for (const label of details.querySelectorAll('label')) {
      const input = label.querySelector('input');
      if (input && label.textContent?.trim() === optionLabel) return input;
    }
  }
  throw new Error(`No ${filterLabel} filter option ${optionLabel}`);
}

/** The map's Cytoscape instance: Cytoscape registers itself on its container (`_cyreg`). */
function mapCore(): Core {
  for (const element of canvas().querySelectorAll('div')) {
    const registered = (element as unknown as { _cyreg?: { cy?: Core } })._cyreg?.cy;
    if (registered) return registered;
  }
  throw new Error('No Cytoscape instance in the map canvas');
}

/** React listens to the native value setter, not to `input.value = ...`. */
function typeInto(input: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const hooks = {
  async loadNetwork(stakeholders: number) {
    const generateStart = performance.now();
    const network = buildSyntheticNetwork({ stakeholders });
    const generateMs = performance.now() - generateStart;
    const start = performance.now();
    await loadSampleNetwork(db, network, '2026-01-01');
    return {
      ms: performance.now() - start,
      generateMs,
      stakeholders: network.stakeholders.length,
      relationships: network.relationships.length,
    };
  },

  /** The yardstick: the rows `tables` now hold, written again by plain IndexedDB (bareIdbWrite.ts). */
  bareWrite(tables: readonly string[], durability: IDBTransactionDurability) {
    return bareWriteOfAppRows(db, tables, durability);
  },

  countRows(table: string) {
    return db.table(table).count();
  },

  /**
   * Epoch times (ms, the clock every page of the browser shares) when the app's database
   * first held `name` for the stakeholder, and when a level-1 heading first showed it.
   */
  async arrivalOf(stakeholderId: string, name: string, timeoutMs = 120_000) {
    const start = performance.now();
    const epoch = () => performance.timeOrigin + performance.now();
    let storedAt: number | null = null;
    let shownAt: number | null = null;
    while (storedAt === null || shownAt === null) {
      if (performance.now() - start > timeoutMs) throw new Error(`${name} did not arrive within ${timeoutMs} ms`);
      if (shownAt === null && [...document.querySelectorAll('h1')].some((heading) => heading.textContent === name))
        shownAt = epoch();
      if (storedAt === null && (await db.table('stakeholders').get(stakeholderId))?.name === name) storedAt = epoch();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return { storedAt, shownAt };
  },

  async startEmpty() {
    await markStartedEmpty(db);
  },

  /** Milliseconds from navigation start to the first painted map with every node placed. */
  async firstMapFrame() {
    await until(() => document.querySelector(`${CANVAS}[data-map-drawn]`), 600_000);
    const mark = performance.getEntriesByName('trama:map-drawn')[0];
    return { ms: mark ? mark.startTime : null, drawnNodes: Number(canvas().getAttribute('data-drawn-nodes')) };
  },

  /** Ticks one filter option and waits until the map redraws what is left. */
  async toggleFilter(filterLabel: string, optionLabel: string) {
    const input = checkbox(filterLabel, optionLabel);
    const before = canvas().getAttribute('data-drawn-nodes');
    const start = performance.now();
    input.click();
    await until(() => canvas().getAttribute('data-drawn-nodes') !== before);
    await paintedInFull();
    return { ms: performance.now() - start, drawnNodes: Number(canvas().getAttribute('data-drawn-nodes')) };
  },

  /** Types into the map's search box until the stakeholder is offered, then picks it. */
  async search(searchLabel: string, text: string, expectedName: string) {
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent === searchLabel);
    const input = label?.htmlFor ? document.getElementById(label.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`No search box ${searchLabel}`);
    input.focus();
    const start = performance.now();
    typeInto(input, text);
    const option = await until(() =>
      [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((candidate) =>
        candidate.textContent?.includes(expectedName),
      ),
    );
    await painted();
    const suggestedMs = performance.now() - start;
    const focusStart = performance.now();
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    await until(() =>
      [...document.querySelectorAll('aside h2')].find((heading) => heading.textContent === expectedName),
    );
    await paintedInFull();
    return { ms: suggestedMs, focusMs: performance.now() - focusStart };
  },

  /** Clears the map's selection, as a tap on its background does. */
  async unfocus() {
    mapCore().emit('tap');
    await until(() => !document.querySelector('aside h2'));
    await paintedInFull();
  },

  /**
   * Opens every region and category group of the overview, one at a time as a click on it
   * does, until every stakeholder is drawn one by one.
   */
  async openEveryGroup() {
    const cy = mapCore();
    const start = performance.now();
    for (let opened = 0; ; opened += 1) {
      const closed = cy.$('node.region-summary, node.category-group').first();
      if (closed.empty()) break;
      if (opened > 2_000) throw new Error('Groups keep closing');
      const id = closed.id();
      closed.emit('tap');
      await until(() => cy.getElementById(id).empty() || !cy.getElementById(id).is('.region-summary, .category-group'));
      await paintedInFull();
    }
    return {
      ms: performance.now() - start,
      stakeholdersDrawn: cy.$('node.stakeholder').not('.filtered-out').length,
      edgesDrawn: cy.edges().not('.filtered-out').length,
    };
  },

  /** Presses a button (by its accessible name) and waits two frames. */
  async fitAll(buttonLabel: string) {
    const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${buttonLabel}"]`);
    if (!button) throw new Error(`No button ${buttonLabel}`);
    button.click();
    await until(() => !mapCore().animated());
    await painted();
  },

  /** Pans and zooms the map one step per animation frame for `durationMs`; counts the frames Cytoscape drew. */
  panZoomFps(durationMs: number) {
    return countFramesWhile(mapCore(), durationMs, panZoomGesture(durationMs));
  },

  /** Presses a button and waits until the map has placed and painted the nodes again. */
  async rearrange(buttonLabel: string) {
    const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === buttonLabel);
    if (!button) throw new Error(`No button ${buttonLabel}`);
    const before = canvas().getAttribute('data-placements');
    const start = performance.now();
    button.click();
    await until(() => canvas().getAttribute('data-placements') !== before, 600_000);
    return { ms: performance.now() - start };
  },
};

export type BenchHooks = typeof hooks;

declare global {
  interface Window {
    tramaBench: BenchHooks;
  }
}

window.tramaBench = hooks;
