import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/contract';
import { platform } from '../platform/platform';
import { navigate, type SectionName } from './route';

const SECTION_OF_COMMAND: Partial<Record<MenuCommand, SectionName>> = {
  'go-map': 'map',
  'go-stakeholders': 'stakeholders',
  'go-settings': 'settings',
};

/** Native menu items (desktop only) become navigation. */
export function useMenuCommands(): void {
  useEffect(function listenToMenu() {
    return platform.onMenuCommand((command) => {
      const section = SECTION_OF_COMMAND[command];
      if (section) navigate({ section });
      if (command === 'new-stakeholder') navigate({ section: 'stakeholders', query: { new: '1' } });
      if (command === 'find') navigate({ section: 'stakeholders', query: { focus: 'search' } });
    });
  }, []);
}
