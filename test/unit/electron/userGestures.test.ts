import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { USER_GESTURE_MS, UserGestures } from '../../../electron/userGestures';
import { FakeWebContents } from './electronMock';

function watched() {
  let now = 1_000_000;
  const gestures = new UserGestures(() => now);
  const contents = new FakeWebContents();
  gestures.watch(contents as unknown as WebContents);
  const wait = (ms: number) => {
    now += ms;
  };
  return { gestures, contents, wait };
}

describe('user gestures seen by the main process', () => {
  it('counts a click for a moment only', () => {
    const { gestures, contents, wait } = watched();
    contents.emit('before-mouse-event', {}, { type: 'mouseUp', button: 'left', x: 1, y: 1 });
    wait(USER_GESTURE_MS + 1);
    expect(gestures.consume(contents)).toBe(false);
  });

  it('lets one click open one link', () => {
    const { gestures, contents, wait } = watched();
    contents.emit('before-mouse-event', {}, { type: 'mouseUp', button: 'left', x: 1, y: 1 });
    wait(USER_GESTURE_MS);
    expect(gestures.consume(contents)).toBe(true);
    expect(gestures.consume(contents)).toBe(false);
  });

  it('never counts a gesture made in another window', () => {
    const { gestures, contents } = watched();
    const other = new FakeWebContents();
    gestures.watch(other as unknown as WebContents);
    other.emit('before-input-event', {}, { type: 'keyDown', key: 'Enter', code: 'Enter' });
    expect(gestures.consume(contents)).toBe(false);
    expect(gestures.consume(other)).toBe(true);
  });

  it.each([
    ['Enter pressed', 'before-input-event', { type: 'keyDown', key: 'Enter', code: 'NumpadEnter' }, true],
    [
      'Space pressed, not yet released (a space typed in a note)',
      'before-input-event',
      { type: 'keyDown', key: ' ', code: 'Space' },
      false,
    ],
    ['Space held down', 'before-input-event', { type: 'keyDown', key: ' ', code: 'Space', isAutoRepeat: true }, false],
    ['Space released (a button fires then)', 'before-input-event', { type: 'keyUp', key: ' ', code: 'Space' }, true],
    ['a tap on a touch screen', 'input-event', { type: 'gestureTap' }, true],
    ['a click whose button is not reported', 'before-mouse-event', { type: 'mouseUp', x: 1, y: 1 }, true],
    [
      'a mouse button pressed but not released',
      'before-mouse-event',
      { type: 'mouseDown', button: 'left', x: 1, y: 1 },
      false,
    ],
    [
      'a middle click (opens a link in the background)',
      'before-mouse-event',
      { type: 'mouseUp', button: 'middle', x: 1, y: 1 },
      true,
    ],
    [
      'a middle button pressed but not released',
      'before-mouse-event',
      { type: 'mouseDown', button: 'middle', x: 1, y: 1 },
      false,
    ],
    ['a right click', 'before-mouse-event', { type: 'mouseUp', button: 'right', x: 1, y: 1 }, false],
    ['a wheel turn', 'before-mouse-event', { type: 'mouseWheel', x: 1, y: 1 }, false],
    ['a letter typed', 'before-input-event', { type: 'keyDown', key: 'x', code: 'KeyX' }, false],
    ['Enter released', 'before-input-event', { type: 'keyUp', key: 'Enter', code: 'Enter' }, false],
    ['a mouse move reported as input', 'input-event', { type: 'mouseMove' }, false],
  ])('%s counts: %s', (_case, event, input, isGesture) => {
    const { gestures, contents } = watched();
    contents.emit(event, {}, input);
    expect(gestures.consume(contents)).toBe(isGesture);
  });

  it('does not let a space typed in a text field open a link', () => {
    const { gestures, contents } = watched();
    contents.emit('before-input-event', {}, { type: 'keyDown', key: ' ', code: 'Space' });
    expect(gestures.consume(contents)).toBe(false);
  });
});
