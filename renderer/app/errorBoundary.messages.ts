import { defineCatalogue } from '../i18n/catalogue';

// The page shown when a page fails to render or an address cannot be read; undo conflicts.
export const errorBoundaryMessages = defineCatalogue({}, {});
