import { defineCatalogue } from '../../i18n/catalogue';

// What an export says about cells it had to split or cut.
export const exportNoticeMessages = defineCatalogue({}, {});
