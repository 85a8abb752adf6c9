import { defineCatalogue } from '../../i18n/catalogue';

export const agreementMessages = defineCatalogue({}, {});
