import { defineCatalogue } from '../../i18n/catalogue';

// Restoring a backup: preview, merge differences, progress, safety copies.
export const restoreMessages = defineCatalogue({}, {});
