// The parts of the IPC contract the preload script needs at run time, kept free of zod so
// the preload stays a few kilobytes (it runs in every page load of the sandbox).

export const MENU_COMMANDS = ['go-map', 'go-stakeholders', 'go-settings', 'new-stakeholder', 'find', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Main → renderer messages. */
export const eventChannels = {
  menuCommand: 'menu:command',
} as const;
