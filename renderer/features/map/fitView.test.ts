import { describe, expect, it } from 'vitest';
import { fitView, viewportFor } from './fitView';

const canvas = { width: 1140, height: 784 };
const limits = { min: 0.05, max: 1.5 };
const onScreen = (viewport: { zoom: number; pan: { x: number; y: number } }, x: number, y: number) => ({
  x: viewport.pan.x + viewport.zoom * x,
  y: viewport.pan.y + viewport.zoom * y,
});

describe('viewportFor', () => {
  it('puts the whole box inside the canvas less the room the overlays take', () => {
    const insets = { top: 80, right: 330, bottom: 70, left: 24 };
    const box = { x1: -900, y1: -200, x2: 1500, y2: 1400 };
    const viewport = viewportFor(canvas, box, insets, limits)!;
    for (const [x, y] of [
      [box.x1, box.y1],
      [box.x2, box.y2],
    ] as const) {
      const point = onScreen(viewport, x, y);
      expect(point.x).toBeGreaterThanOrEqual(insets.left - 1e-6);
      expect(point.x).toBeLessThanOrEqual(canvas.width - insets.right + 1e-6);
      expect(point.y).toBeGreaterThanOrEqual(insets.top - 1e-6);
      expect(point.y).toBeLessThanOrEqual(canvas.height - insets.bottom + 1e-6);
    }
  });

  it('zooms a single point no further than the limit, centred in the free part', () => {
    const insets = { top: 100, right: 300, bottom: 0, left: 0 };
    const viewport = viewportFor(canvas, { x1: 10, y1: 10, x2: 10, y2: 10 }, insets, limits)!;
    expect(viewport.zoom).toBe(1.5);
    expect(onScreen(viewport, 10, 10)).toEqual({ x: (canvas.width - 300) / 2, y: 100 + (canvas.height - 100) / 2 });
  });

  it('keeps half the canvas for the map when the overlays would take more', () => {
    const viewport = viewportFor(
      canvas,
      { x1: 0, y1: 0, x2: 100, y2: 100 },
      { top: 0, right: 5000, bottom: 0, left: 0 },
      limits,
    );
    expect(viewport).not.toBeNull();
    expect(onScreen(viewport!, 50, 50).x).toBeCloseTo(canvas.width / 2);
  });

  it('gives no viewport for an empty or broken box, or a canvas with no size', () => {
    const insets = { top: 0, right: 0, bottom: 0, left: 0 };
    expect(
      viewportFor(canvas, { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }, insets, limits),
    ).toBeNull();
    expect(viewportFor(canvas, { x1: Number.NaN, y1: 0, x2: 1, y2: 1 }, insets, limits)).toBeNull();
    expect(viewportFor({ width: 0, height: 0 }, { x1: 0, y1: 0, x2: 1, y2: 1 }, insets, limits)).toBeNull();
  });
});

describe('fitView', () => {
  /** A map whose Lombardy frame is narrow and whose title is wider than it. */
  function fakeMap() {
    const bodies = { x1: 0, y1: 0, x2: 400, y2: 300, w: 400, h: 300 };
    const titleBox = { x1: -150, y1: -40, x2: 250, y2: 100, w: 400, h: 140 };
    const titled = { nonempty: () => true, boundingBox: () => titleBox };
    const elements = { boundingBox: () => bodies };
    const set: Array<{ zoom: number; pan: { x: number; y: number } }> = [];
    const cy = {
      width: () => 1000,
      height: () => 800,
      minZoom: () => 0.05,
      maxZoom: () => 1.5,
      viewport: (viewport: { zoom: number; pan: { x: number; y: number } }) => set.push(viewport),
    };
    return { cy, elements, titled, set };
  }

  it('keeps a region title wider than its region inside the canvas', () => {
    const { cy, elements, titled, set } = fakeMap();
    fitView(cy as never, elements as never, 0, titled as never);
    const [viewport] = set;
    // Before: fitted to the frames alone, the title's left end (x = -150) fell off the canvas.
    expect(onScreen(viewport!, -150, -40).x).toBeGreaterThanOrEqual(-1e-6);
    expect(onScreen(viewport!, -150, -40).y).toBeGreaterThanOrEqual(-1e-6);
    expect(onScreen(viewport!, 400, 300).x).toBeLessThanOrEqual(1000 + 1e-6);
  });
});
