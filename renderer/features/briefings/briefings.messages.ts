import { defineCatalogue } from '../../i18n/catalogue';

export const briefingMessages = defineCatalogue({}, {});
