import { useEffect, useRef } from 'react';
import { mapShortcutFor, type MapShortcutAction } from './mapShortcuts';

/** Listens on the whole page while the map is shown, as the shortcuts act wherever the focus is. */
export function useMapShortcuts(onAction: (action: MapShortcutAction) => void): void {
  const onActionRef = useRef(onAction);
  useEffect(function keepLatestHandler() {
    onActionRef.current = onAction;
  });
  useEffect(function listenToKeys() {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = mapShortcutFor(event);
      if (!action) return;
      event.preventDefault();
      onActionRef.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
