import { defineCatalogue } from '../i18n/catalogue';

// Messages of the desktop shell's services: automatic backups, links that leave the app.
export const platformMessages = defineCatalogue(
  {
    'platform.autoBackup.failed.tooLarge':
      'Today’s automatic backup was not saved: the data ({size}) is too large for an automatic backup, which holds at most {limit}. Download a backup from Settings and keep the file somewhere safe.',
    'platform.autoBackup.failed.diskFull':
      'Today’s automatic backup was not saved: the disk is full. Free some space and Trama will try again within the hour; meanwhile, download a backup from Settings.',
    'platform.autoBackup.failed.notAllowed':
      'Today’s automatic backup was not saved: Trama is not allowed to write in its backups folder. Check that folder (Settings → Open backups folder); meanwhile, download a backup from Settings.',
    'platform.autoBackup.failed.invalid':
      'Today’s automatic backup was not saved: the data did not make a valid backup, so the earlier backups were left as they are. Download a backup from Settings and report the problem.',
    'platform.autoBackup.failed.unknown':
      'Today’s automatic backup was not saved ({detail}). Trama will try again within the hour; meanwhile, download a backup from Settings.',
    'platform.autoBackup.savedAgain': 'Today’s automatic backup was saved again.',
    'platform.link.noRecentClick':
      'The link was not opened: Trama opens links only right after a click or a key press. Click the link again.',
    'platform.link.notAllowed':
      'The link was not opened: Trama opens only web addresses (https, http) and plain e-mail addresses.',
  },
  {
    'platform.autoBackup.failed.tooLarge':
      'La copia automatica di oggi non è stata salvata: i dati ({size}) sono troppo grandi per una copia automatica, che può contenerne al massimo {limit}. Scaricate una copia dalle Impostazioni e conservate il file in un luogo sicuro.',
    'platform.autoBackup.failed.diskFull':
      'La copia automatica di oggi non è stata salvata: il disco è pieno. Liberate spazio e Trama riproverà entro un’ora; nel frattempo scaricate una copia dalle Impostazioni.',
    'platform.autoBackup.failed.notAllowed':
      'La copia automatica di oggi non è stata salvata: Trama non ha il permesso di scrivere nella cartella delle copie. Controllate quella cartella (Impostazioni → Apri la cartella delle copie); nel frattempo scaricate una copia dalle Impostazioni.',
    'platform.autoBackup.failed.invalid':
      'La copia automatica di oggi non è stata salvata: i dati non formavano una copia valida, perciò le copie precedenti sono rimaste come erano. Scaricate una copia dalle Impostazioni e segnalate il problema.',
    'platform.autoBackup.failed.unknown':
      'La copia automatica di oggi non è stata salvata ({detail}). Trama riproverà entro un’ora; nel frattempo scaricate una copia dalle Impostazioni.',
    'platform.autoBackup.savedAgain': 'La copia automatica di oggi è stata salvata di nuovo.',
    'platform.link.noRecentClick':
      'Il collegamento non è stato aperto: Trama apre i collegamenti solo subito dopo un clic o la pressione di un tasto. Fate di nuovo clic sul collegamento.',
    'platform.link.notAllowed':
      'Il collegamento non è stato aperto: Trama apre solo indirizzi web (https, http) e semplici indirizzi e-mail.',
  },
);
