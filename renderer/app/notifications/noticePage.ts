import { HOME_SECTION } from '../navigation';
import { parseRoute } from '../route';

// A notice belongs to the page it was shown on: the section and the record shown, not the
// filters in the link, which change while the user stays on the page.

/** The page an address shows, as one text: equal texts are the same page. */
export function pageOfAddress(hash: string): string {
  const route = parseRoute(hash, HOME_SECTION);
  if (route.addressProblem) return hash;
  return route.id === undefined ? route.section : `${route.section}/${route.id}`;
}
