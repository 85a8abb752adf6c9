import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { Dialog } from '../../ui/Dialog';
import { MAP_SHORTCUTS, type MapShortcutAction } from './mapShortcuts';

const LABEL_KEYS = {
  zoomIn: 'map.zoom.in',
  zoomOut: 'map.zoom.out',
  fitAll: 'map.zoom.fitAll',
  fitSelection: 'map.zoom.fitSelection',
  help: 'map.shortcuts.help',
} as const satisfies Record<MapShortcutAction, MessageKey>;

/** The map's keyboard shortcuts, listed from the same table the page listens with. */
export function MapShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useT();
  return (
    <Dialog
      title={t('map.shortcuts.title')}
      onClose={onClose}
      size="small"
      footer={
        <button type="button" className="button-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('map.shortcuts.intro')}</p>
      <table className="map-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('map.shortcuts.key')}</th>
            <th scope="col">{t('map.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {MAP_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{t(LABEL_KEYS[shortcut.action])}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>{t('map.shortcuts.escape')}</td>
          </tr>
        </tbody>
      </table>
    </Dialog>
  );
}
