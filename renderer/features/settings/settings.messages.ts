import { defineCatalogue } from '../../i18n/catalogue';

export const settingsMessages = defineCatalogue(
  {
    'settings.title': 'Settings',
    'settings.language': 'Language of the interface',
    'settings.storage': 'Data on this computer',
    'settings.storage.persisted': 'Protected: the browser will not delete the data to free space.',
    'settings.storage.notPersisted': 'Not protected: under storage pressure the browser could delete the data. Make regular backups.',
    'settings.storage.used': '{used} used of {quota} available.',
    'settings.storage.unknown': 'Storage use unknown.',
  },
  {
    'settings.title': 'Impostazioni',
    'settings.language': "Lingua dell'interfaccia",
    'settings.storage': 'Dati su questo computer',
    'settings.storage.persisted': 'Protetti: il browser non cancellerà i dati per liberare spazio.',
    'settings.storage.notPersisted': 'Non protetti: se lo spazio scarseggia il browser potrebbe cancellare i dati. Fate backup regolari.',
    'settings.storage.used': '{used} usati su {quota} disponibili.',
    'settings.storage.unknown': 'Uso dello spazio non noto.',
  },
);
