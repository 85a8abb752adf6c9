import { defineCatalogue } from '../../i18n/catalogue';

export const dashboardMessages = defineCatalogue({}, {});
