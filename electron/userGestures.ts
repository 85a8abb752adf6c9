import type { Input, InputEvent, MouseInputEvent, WebContents } from 'electron';

// What the user did, as the main process sees it: input events reach it from the operating
// system before the page, and a page cannot make them up (a scripted element.click() sends
// none). A link may leave the app only within a moment of a real click or key press.

/** How long after a click or key press a link may still open. */
export const USER_GESTURE_MS = 1500;

/** A left click, or a middle click (which opens a link in a new tab, so here in the browser); never a right click. */
function isClickRelease(mouse: MouseInputEvent): boolean {
  return mouse.type === 'mouseUp' && mouse.button !== 'right';
}

/**
 * Enter follows a link or presses a button when pressed; Space presses a button only when
 * released, so only its release counts: pressing (and holding) it, as typing does, does not.
 * A space typed in a note is still released, and the main process cannot see what has focus.
 */
function isActivationKey(input: Input): boolean {
  const isSpace = input.code === 'Space' || input.key === ' ';
  return (input.type === 'keyDown' && input.key === 'Enter') || (input.type === 'keyUp' && isSpace);
}

export class UserGestures {
  private readonly lastGestureAt = new WeakMap<object, number>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly windowMs = USER_GESTURE_MS,
  ) {}

  /** Starts noting the user's clicks, taps and key presses in `contents`. */
  watch(contents: WebContents): void {
    contents.on('before-mouse-event', (_event, mouse: MouseInputEvent) => {
      if (isClickRelease(mouse)) this.note(contents);
    });
    contents.on('before-input-event', (_event, input: Input) => {
      if (isActivationKey(input)) this.note(contents);
    });
    // Touch screens: a tap arrives as a gesture, not as a mouse event.
    contents.on('input-event', (_event, input: InputEvent) => {
      if (input.type === 'gestureTap') this.note(contents);
    });
  }

  /** True if the user clicked or pressed a key in `contents` just now; one gesture opens one link. */
  consume(contents: object): boolean {
    const at = this.lastGestureAt.get(contents);
    this.lastGestureAt.delete(contents);
    if (at === undefined) return false;
    const elapsed = this.now() - at;
    return elapsed >= 0 && elapsed <= this.windowMs;
  }

  private note(contents: object): void {
    this.lastGestureAt.set(contents, this.now());
  }
}
