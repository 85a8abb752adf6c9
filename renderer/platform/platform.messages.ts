import { defineCatalogue } from '../i18n/catalogue';

// Messages of the desktop shell's services: automatic backups.
export const platformMessages = defineCatalogue({}, {});
