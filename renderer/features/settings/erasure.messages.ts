import { defineCatalogue } from '../../i18n/catalogue';

// GDPR erasure: where the person's data was found and the copies that still hold it.
export const erasureMessages = defineCatalogue({}, {});
