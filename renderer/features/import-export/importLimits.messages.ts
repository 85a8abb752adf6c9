import { defineCatalogue } from '../../i18n/catalogue';

// What an import says about its limits: rows and cells over the caps, numbers and row numbers.
export const importLimitMessages = defineCatalogue({}, {});
