// Keyboard shortcuts of the map page. They act only when no text field has the focus
// (typing "-" in the search box must type a dash) and no dialog is open over the map.

export const MAP_SHORTCUTS = [
  { action: 'zoomIn', keys: ['+'] },
  { action: 'zoomOut', keys: ['-'] },
  { action: 'fitAll', keys: ['0'] },
  { action: 'fitSelection', keys: ['F'] },
  { action: 'help', keys: ['?'] },
] as const;

export type MapShortcutAction = (typeof MAP_SHORTCUTS)[number]['action'];

/** What a keyboard layout may send for each shortcut ("=" is "+" without Shift on many). */
const ACTION_BY_KEY: ReadonlyMap<string, MapShortcutAction> = new Map([
  ['+', 'zoomIn'],
  ['=', 'zoomIn'],
  ['-', 'zoomOut'],
  ['_', 'zoomOut'],
  ['0', 'fitAll'],
  ['f', 'fitSelection'],
  ['F', 'fitSelection'],
  ['?', 'help'],
]);

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

/** Whether keys pressed there are typing: text fields, lists, editable text. */
function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog, [role="dialog"]')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return target.closest('[role="combobox"], [role="listbox"], [role="textbox"]') !== null;
}

/** The map action a key press asks for, or null when it is typing or another shortcut. */
export function mapShortcutFor(press: KeyPress): MapShortcutAction | null {
  // Ctrl/Cmd with + and - zoom the whole window in Electron and the browser: left to them.
  if (press.ctrlKey || press.metaKey || press.altKey || press.defaultPrevented) return null;
  if (isTypingIn(press.target)) return null;
  return ACTION_BY_KEY.get(press.key) ?? null;
}
