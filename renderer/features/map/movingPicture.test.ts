import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { PATCHED_CYTOSCAPE_VERSION } from './cytoscapeFastPaths';
import { reuseViewForMovingPicture, type CanvasRendererInternals } from './movingPicture';

// A stand-in for Cytoscape's canvas renderer that keeps its contract for a moving picture
// (CRp.render in the pinned release): a frame of a gesture with no picture yet draws the whole
// view into the texture buffer first (the second that froze the map); later frames of the
// gesture only place that picture; a frame after the gesture drops it and draws the view.

interface Call {
  kind: 'view' | 'whole view into the picture' | 'picture placed';
}

function fakeRenderer(zoom = 1.5, pan = { x: 40, y: -20 }) {
  const calls: Call[] = [];
  const copies: Array<{ from: unknown; width: number; height: number }> = [];
  const screen = { width: 800, height: 600, id: 'node layer on screen' };
  const textureBuffer = { width: 1600, height: 1200, id: 'texture buffer' };
  const renderer: CanvasRendererInternals = {
    render(this: CanvasRendererInternals, options) {
      const textureDraw =
        this.textureOnViewport && !options?.forcedContext && Boolean(this.hoverData.dragging || this.data.wheelZooming);
      this.textureDrawLastFrame = textureDraw;
      if (!textureDraw) {
        this.textureCache = null;
        calls.push({ kind: 'view' });
        return;
      }
      if (!this.textureCache) {
        calls.push({ kind: 'whole view into the picture' });
        this.textureCache = { drawnBy: 'cytoscape' };
      }
      calls.push({ kind: 'picture placed' });
    },
    textureOnViewport: true,
    textureCache: null,
    hoverData: {},
    canvasWidth: 800,
    canvasHeight: 600,
    NODE: 0,
    TEXTURE_BUFFER: 1,
    data: {
      canvases: [screen as unknown as HTMLCanvasElement],
      bufferCanvases: [screen as unknown as HTMLCanvasElement, textureBuffer as unknown as HTMLCanvasElement],
      bufferContexts: [
        { setTransform() {}, clearRect() {}, drawImage() {} },
        {
          setTransform() {},
          clearRect() {},
          drawImage: ((from: unknown, _x: number, _y: number, width: number, height: number) =>
            void copies.push({ from, width, height })) as CanvasRenderingContext2D['drawImage'],
        },
      ],
    },
  };
  const cy = {
    renderer: () => renderer,
    zoom: () => zoom,
    pan: () => pan,
    elements: () => ({ boundingBox: () => ({ x1: 0, y1: 0, x2: 10, y2: 10, w: 10, h: 10 }) }),
  } as unknown as Core;
  return { cy, renderer, calls, copies, screen, textureBuffer };
}

const RELEASE = { version: PATCHED_CYTOSCAPE_VERSION };

describe('reuseViewForMovingPicture', () => {
  it('starts a drag from a copy of the view on screen instead of drawing the whole view again', () => {
    const { cy, renderer, calls, copies, screen, textureBuffer } = fakeRenderer();
    expect(reuseViewForMovingPicture(cy, RELEASE)).toBe(true);
    renderer.render();
    renderer.hoverData.dragging = true;
    renderer.render();
    renderer.render();
    expect(calls.map((call) => call.kind)).toEqual(['view', 'picture placed', 'picture placed']);
    expect(copies).toEqual([{ from: screen, width: textureBuffer.width, height: textureBuffer.height }]);
    // Placed where the view was drawn: Cytoscape's own picture says the same of itself.
    expect(renderer.textureCache).toMatchObject({
      texture: textureBuffer,
      viewport: { zoom: 1.5, pan: { x: 40, y: -20 }, width: 800, height: 600, mpan: { x: -40 / 1.5, y: 20 / 1.5 } },
    });
  });

  it('draws the view again once the gesture ends, and copies it anew for the next one', () => {
    const { cy, renderer, calls, copies } = fakeRenderer();
    reuseViewForMovingPicture(cy, RELEASE);
    renderer.render();
    renderer.data.wheelZooming = true;
    renderer.render();
    renderer.data.wheelZooming = false;
    renderer.render();
    renderer.hoverData.dragging = true;
    renderer.render();
    expect(calls.map((call) => call.kind)).toEqual(['view', 'picture placed', 'view', 'picture placed']);
    expect(copies).toHaveLength(2);
  });

  it('leaves Cytoscape its own way when the screen holds no whole view of this size', () => {
    const { cy, renderer, calls, copies } = fakeRenderer();
    reuseViewForMovingPicture(cy, RELEASE);
    // A gesture before any view was drawn: nothing on screen to copy.
    renderer.hoverData.dragging = true;
    renderer.render();
    renderer.hoverData.dragging = false;
    renderer.render();
    // The window resized since the view was drawn: the copy would not fit.
    renderer.canvasWidth = 1024;
    renderer.hoverData.dragging = true;
    renderer.render();
    expect(calls.map((call) => call.kind)).toEqual([
      'whole view into the picture',
      'picture placed',
      'view',
      'whole view into the picture',
      'picture placed',
    ]);
    expect(copies).toEqual([]);
  });

  it('changes nothing for another Cytoscape release, or without a canvas renderer', () => {
    const other = fakeRenderer();
    const ownRender = other.renderer.render;
    expect(reuseViewForMovingPicture(other.cy, { version: '3.35.0' })).toBe(false);
    expect(other.renderer.render).toBe(ownRender);
    const headless = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(reuseViewForMovingPicture(headless)).toBe(false);
  });

  it('wraps a renderer once, however often the map asks', () => {
    const { cy, renderer } = fakeRenderer();
    reuseViewForMovingPicture(cy, RELEASE);
    const wrapped = renderer.render;
    expect(reuseViewForMovingPicture(cy, RELEASE)).toBe(true);
    expect(renderer.render).toBe(wrapped);
  });
});
