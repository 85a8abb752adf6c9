import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../shared/domain/enums';
import type { MenuCommand } from '../shared/ipc/contract';

// The native menu in the interface language. Standard items use Electron roles (their
// shortcuts and platform behaviour come for free); ours send a command to the renderer.

const LABELS = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    newStakeholder: 'New stakeholder',
    find: 'Find…',
    map: 'Network map',
    stakeholders: 'Stakeholders',
    settings: 'Settings…',
    about: 'About Trama',
    quit: 'Quit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
  },
  it: {
    file: 'File',
    edit: 'Modifica',
    view: 'Vista',
    help: 'Aiuto',
    newStakeholder: 'Nuovo stakeholder',
    find: 'Trova…',
    map: 'Mappa della rete',
    stakeholders: 'Stakeholder',
    settings: 'Impostazioni…',
    about: 'Informazioni su Trama',
    quit: 'Esci',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    selectAll: 'Seleziona tutto',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    resetZoom: 'Dimensioni reali',
    fullScreen: 'Schermo intero',
    reload: 'Ricarica',
    devTools: 'Strumenti per sviluppatori',
  },
} as const satisfies Record<Language, Record<string, string>>;

export interface MenuContext {
  language: Language;
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

export function menuTemplate({ language, isPackaged, send }: MenuContext): MenuItemConstructorOptions[] {
  const label = LABELS[language];
  const command = (text: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: text,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  return [
    {
      label: label.file,
      submenu: [
        command(label.newStakeholder, 'new-stakeholder', 'CmdOrCtrl+N'),
        { type: 'separator' },
        command(label.settings, 'go-settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { role: 'quit', label: label.quit },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo', label: label.undo },
        { role: 'redo', label: label.redo },
        { type: 'separator' },
        { role: 'cut', label: label.cut },
        { role: 'copy', label: label.copy },
        { role: 'paste', label: label.paste },
        { role: 'selectAll', label: label.selectAll },
        { type: 'separator' },
        command(label.find, 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: label.view,
      submenu: [
        command(label.map, 'go-map', 'CmdOrCtrl+1'),
        command(label.stakeholders, 'go-stakeholders', 'CmdOrCtrl+2'),
        { type: 'separator' },
        { role: 'zoomIn', label: label.zoomIn },
        { role: 'zoomOut', label: label.zoomOut },
        { role: 'resetZoom', label: label.resetZoom },
        { role: 'togglefullscreen', label: label.fullScreen },
        ...(isPackaged
          ? []
          : [
              { type: 'separator' as const },
              { role: 'reload' as const, label: label.reload },
              { role: 'toggleDevTools' as const, label: label.devTools },
            ]),
      ],
    },
    { label: label.help, role: 'help', submenu: [command(label.about, 'about')] },
  ];
}
