import type { Core } from 'cytoscape';

// The pan-zoom-fps operation's steps, shared by the app's page (pageHooks.ts) and plain
// Cytoscape's (plainCytoscape.ts, which receives them as source text): each function stands
// on its own, using nothing from outside its body.

/**
 * Frames Cytoscape draws (its `render` events) while `move` changes the view once per
 * animation frame; `longestFrameMs` is the longest wait for a frame, the first included.
 */
export async function countFramesWhile(
  cy: Core,
  durationMs: number,
  move: (cy: Core, elapsedMs: number) => void,
): Promise<{ fps: number; frames: number; steps: number; ms: number; longestFrameMs: number }> {
  let frames = 0;
  let lastFrameAt = performance.now();
  let longestFrameMs = 0;
  const countFrame = () => {
    frames += 1;
    const at = performance.now();
    longestFrameMs = Math.max(longestFrameMs, at - lastFrameAt);
    lastFrameAt = at;
  };
  cy.on('render', countFrame);
  let steps = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const step = () => {
      const elapsed = performance.now() - start;
      if (elapsed >= durationMs) return resolve();
      steps += 1;
      move(cy, elapsed);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  const ms = performance.now() - start;
  cy.removeListener('render', countFrame);
  return {
    fps: Math.round((frames / ms) * 10_000) / 10,
    frames,
    steps,
    ms,
    longestFrameMs: Math.round(longestFrameMs),
  };
}

/**
 * The moves of the benchmark's pan and zoom, as a user makes them, for `durationMs`: the
 * first half drags the map's background (a mouse press near the canvas's top-left corner,
 * which a fitted view leaves empty, then one move of a few pixels per frame); the second
 * half turns the mouse wheel over the centre, one notch per frame, in and then out.
 * Synthetic DOM events reach Cytoscape's own handlers, so whatever it does while the user
 * moves the view (`textureOnViewport`, `hideEdgesOnViewport`) happens here too.
 */
export function panZoomGesture(durationMs: number): (cy: Core, elapsedMs: number) => void {
  let dragFrom: { x: number; y: number } | null = null;
  let isDragging = false;
  return (cy, elapsedMs) => {
    const container = cy.container();
    const target = container?.querySelector('canvas:last-of-type');
    if (!container || !target) throw new Error('No Cytoscape canvas');
    const box = container.getBoundingClientRect();
    const mouse = (type: string, x: number, y: number) =>
      (type === 'mousedown' ? target : window).dispatchEvent(
        new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: 1 }),
      );
    if (elapsedMs < durationMs / 2) {
      if (!dragFrom) {
        dragFrom = { x: box.left + 8, y: box.top + 8 };
        mouse('mousedown', dragFrom.x, dragFrom.y);
        isDragging = true;
      }
      dragFrom = { x: dragFrom.x + 4, y: dragFrom.y + 3 };
      mouse('mousemove', dragFrom.x, dragFrom.y);
      return;
    }
    if (isDragging) {
      mouse('mouseup', dragFrom!.x, dragFrom!.y);
      isDragging = false;
    }
    const deltaY = elapsedMs < (durationMs * 3) / 4 ? -2 : 2;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    target.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y, deltaY }));
  };
}
