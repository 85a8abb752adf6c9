import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** A control, told apart the way a user tells it: by its kind and its accessible name. */
interface ControlName {
  tagName: string;
  name: string;
}

interface FocusReturn {
  /** Where the focus waits meanwhile: the page's main heading. */
  placeholder: HTMLElement;
  /** The control that lost the focus to the change, to find again once Undo restores its record. */
  to: ControlName | null;
  /** Controls of that name already there when Undo began: a namesake's, not the restored record's. */
  namesakes: ReadonlySet<Element>;
}

function accessibleName(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

/** The focused element was removed (or never set): the browser has put the focus on the body. */
function isFocusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** The page's main heading, made focusable by script only; the main area when it has none. */
function mainHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading ?? document.querySelector<HTMLElement>('main');
}

/** The page's controls with that kind and name. */
function controlsNamed(control: ControlName): HTMLElement[] {
  const main = document.querySelector('main');
  if (!main) return [];
  return [...main.querySelectorAll<HTMLElement>(control.tagName)].filter(
    (element) => accessibleName(element) === control.name,
  );
}

/** The one control of that kind and name that came since (none when it is not unique). */
function findNewControl(control: ControlName, namesakes: ReadonlySet<Element>): HTMLElement | null {
  const matches = controlsNamed(control).filter((element) => !namesakes.has(element));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/**
 * Keeps the keyboard focus in the page around a change that offers Undo. A deletion removes the
 * control that had the focus (the record's Delete button, given back by the confirm dialog), and
 * the browser drops the focus on the body, so a keyboard user starts again from the top: the focus
 * goes to Undo instead, the natural next step, and read out. Undo in turn removes its own button:
 * the focus waits on the main heading, then goes to the restored record's control once it is back.
 * Only a focus lost to the body is moved: a feature that puts the focus somewhere itself keeps it.
 */
export function useFocusAfterRemoval(
  noticeRef: RefObject<HTMLElement | null>,
  undoButtonRef: RefObject<HTMLElement | null>,
  /** The shown notice's key when it offers Undo, else null. */
  undoNoticeKey: number | null,
) {
  const lastFocused = useRef<{ element: Element; isPassing: boolean } | null>(null);
  const lostControl = useRef<ControlName | null>(null);
  const [focusReturn, setFocusReturn] = useState<FocusReturn | null>(null);

  useEffect(
    function rememberLastFocused() {
      const onFocusIn = (event: FocusEvent) => {
        if (!(event.target instanceof Element)) return;
        const element = event.target;
        // Undo's own button and a dialog's buttons are not what Undo brings back.
        const isPassing = noticeRef.current?.contains(element) === true || element.closest('dialog') !== null;
        lastFocused.current = { element, isPassing };
      };
      document.addEventListener('focusin', onFocusIn);
      return () => document.removeEventListener('focusin', onFocusIn);
    },
    [noticeRef],
  );

  useEffect(
    function focusUndoWhenFocusIsLost() {
      // A newer change's Undo brings back only what that change removed.
      lostControl.current = null;
      if (undoNoticeKey === null) return;
      // The control whose action made this change: a later removal (a teammate's, by sync) of
      // a control the user went on to is not this change's, and its Undo would restore the wrong record.
      const origin = lastFocused.current;
      const moveFocusIfLost = () => {
        if (!isFocusLost() || !origin || origin.element.isConnected) return;
        if (lastFocused.current?.element !== origin.element) return;
        // A removed element keeps its name: read only now, not on every focus move.
        if (!origin.isPassing)
          lostControl.current = { tagName: origin.element.tagName, name: accessibleName(origin.element) };
        undoButtonRef.current?.focus();
      };
      // The list may have dropped the record before the notice came.
      moveFocusIfLost();
      const observer = new MutationObserver(moveFocusIfLost);
      observer.observe(document.body, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    [undoNoticeKey, undoButtonRef],
  );

  useEffect(
    function returnFocusToRestoredRecord() {
      if (!focusReturn) return;
      const moveFocusOnward = () => {
        if (document.activeElement !== focusReturn.placeholder && !isFocusLost()) {
          setFocusReturn(null); // the user has moved on
          return;
        }
        const restored = focusReturn.to && findNewControl(focusReturn.to, focusReturn.namesakes);
        if (restored) {
          restored.focus();
          setFocusReturn(null);
        } else if (isFocusLost()) mainHeading()?.focus();
      };
      moveFocusOnward();
      const observer = new MutationObserver(moveFocusOnward);
      observer.observe(document.body, { childList: true, subtree: true });
      return () => observer.disconnect();
    },
    [focusReturn],
  );

  /** Undo is about to replace the notice: a focus inside it (or lost) goes back to the page. */
  const beforeUndo = useCallback(() => {
    const active = document.activeElement;
    if (!isFocusLost() && !(active && noticeRef.current?.contains(active))) return;
    const placeholder = mainHeading();
    if (!placeholder) return;
    placeholder.focus();
    const to = lostControl.current;
    setFocusReturn({ placeholder, to, namesakes: new Set(to ? controlsNamed(to) : []) });
    lostControl.current = null;
  }, [noticeRef]);

  /** The notice is dismissed: a focus inside it goes back to the page's heading. */
  const beforeDismiss = useCallback(() => {
    const active = document.activeElement;
    if (active && noticeRef.current?.contains(active)) mainHeading()?.focus();
  }, [noticeRef]);

  return { beforeUndo, beforeDismiss };
}
