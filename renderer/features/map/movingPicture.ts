import cytoscape, { type Core } from 'cytoscape';
import { PATCHED_CYTOSCAPE_VERSION } from './cytoscapeFastPaths';

// A large map moves as a picture while it is dragged or zoomed (setPictureWhileMoving). To
// make that picture, Cytoscape draws the whole view once more at the first frame of every
// drag and every turn of the wheel: at 2,000 stakeholders (10,000 lines) on a busy two-core
// laptop the map froze about a second each time a move began. The view on screen is that
// picture already, drawn at the same pan and zoom: it is copied instead (at screen
// resolution, so a zoom in looks softer until the gesture ends and the map is drawn anew).
// Internals used, read in the pinned release's canvas renderer (`CRp.render`, its
// `textureCache`): `render`, `textureOnViewport`, `textureCache`, `textureDrawLastFrame`,
// the gesture flags, `data.canvases`/`bufferCanvases` and `NODE`/`TEXTURE_BUFFER`; any other
// release keeps Cytoscape's own way.

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

type Canvas = Pick<HTMLCanvasElement, 'width' | 'height'> & CanvasImageSource;

export interface CanvasRendererInternals {
  render(options?: { forcedContext?: unknown }): unknown;
  textureOnViewport: boolean;
  textureCache: unknown;
  textureDrawLastFrame?: boolean;
  pinching?: boolean;
  swipePanning?: boolean;
  hoverData: { dragging?: boolean };
  canvasWidth: number;
  canvasHeight: number;
  NODE: number;
  TEXTURE_BUFFER: number;
  data: {
    wheelZooming?: boolean;
    canvases: Canvas[];
    bufferCanvases: Canvas[];
    bufferContexts: Array<Pick<CanvasRenderingContext2D, 'setTransform' | 'clearRect' | 'drawImage'>>;
  };
}

/** Whether Cytoscape is about to draw a frame of a gesture, as its renderer tells one. */
const isMoving = (r: CanvasRendererInternals) =>
  Boolean(r.pinching || r.hoverData.dragging || r.swipePanning || r.data.wheelZooming);

/**
 * The picture of a gesture's first frame taken from the screen: Cytoscape's texture cache as
 * its renderer would have made it, holding a copy of the view last drawn at `shown`.
 */
function pictureFromScreen(r: CanvasRendererInternals, cy: Core, shown: Viewport) {
  const texture = r.data.bufferCanvases[r.TEXTURE_BUFFER]!;
  const context = r.data.bufferContexts[r.TEXTURE_BUFFER]!;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, texture.width, texture.height);
  context.drawImage(r.data.canvases[r.NODE]!, 0, 0, texture.width, texture.height);
  return {
    bb: cy.elements().boundingBox(),
    texture,
    viewport: {
      ...shown,
      mpan: { x: -shown.pan.x / shown.zoom, y: -shown.pan.y / shown.zoom },
    },
  };
}

/** Marks a renderer already wrapped: the map may ask again for the same one. */
const REUSES_VIEW = Symbol('Trama: a gesture starts from the view on screen');

/**
 * Makes `cy` start each gesture from a copy of the view on screen; false (nothing changed)
 * for a release other than the one read, or a renderer without those parts (headless).
 */
export function reuseViewForMovingPicture(
  cy: Core,
  library: { version?: unknown } = cytoscape as { version?: unknown },
): boolean {
  if (library.version !== PATCHED_CYTOSCAPE_VERSION) return false;
  const r = (cy as unknown as { renderer(): Partial<CanvasRendererInternals> | undefined }).renderer();
  if (!r || typeof r.render !== 'function' || !r.data?.canvases || !r.data.bufferContexts || !r.hoverData) return false;
  const renderer = r as CanvasRendererInternals;
  const marked = renderer as CanvasRendererInternals & { [REUSES_VIEW]?: true };
  if (marked[REUSES_VIEW]) return true;
  marked[REUSES_VIEW] = true;
  const drawFrame = renderer.render;
  /** Where the view on screen was last drawn in full; null until then, or while it shows a picture. */
  let shown: Viewport | null = null;
  renderer.render = function render(this: CanvasRendererInternals, options) {
    const isOwnFrame = !options?.forcedContext;
    if (
      isOwnFrame &&
      renderer.textureOnViewport &&
      !renderer.textureCache &&
      isMoving(renderer) &&
      shown &&
      shown.width === renderer.canvasWidth &&
      shown.height === renderer.canvasHeight
    )
      renderer.textureCache = pictureFromScreen(renderer, cy, shown);
    const drawn = drawFrame.call(this, options);
    if (isOwnFrame)
      shown = renderer.textureDrawLastFrame
        ? null
        : { zoom: cy.zoom(), pan: { ...cy.pan() }, width: renderer.canvasWidth, height: renderer.canvasHeight };
    return drawn;
  };
  return true;
}
