import { useCallback, type RefObject } from 'react';
import type { Insets } from './fitView';

/** Room between the map's content and the canvas's edges or the overlays, in pixels. */
const MARGIN = 24;

/**
 * The room the panels floating over the map take from each edge of its canvas, measured
 * when the view fits: the side panel or legend on the right, the toolbar and its open panel
 * at the top, the zoom buttons and summary at the bottom. Fitting inside what is left keeps the
 * focused neighbourhood out from under them.
 */
export function useMapViewInsets(bodyRef: RefObject<HTMLElement | null>): () => Insets {
  return useCallback(() => {
    // The toolbar floats over the canvas too: it is the page's, not the body's.
    const page = bodyRef.current?.closest('.map-page');
    const canvas = page?.querySelector('.map-canvas')?.getBoundingClientRect();
    const insets = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
    if (!page || !canvas) return insets;
    const boxesOf = (selector: string) =>
      [...page.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
    const side = boxesOf('.map-side > *');
    if (side.length) insets.right += Math.max(0, canvas.right - Math.min(...side.map((box) => box.left)));
    const top = boxesOf('.map-header, .map-top-panel');
    if (top.length) insets.top += Math.max(0, Math.max(...top.map((box) => box.bottom)) - canvas.top);
    const bottom = boxesOf('.map-bottom-bar');
    if (bottom.length) insets.bottom += Math.max(0, canvas.bottom - Math.min(...bottom.map((box) => box.top)));
    return insets;
  }, [bodyRef]);
}
