import { useState } from 'react';
import { routeHref, type Route } from './route';

// List filters carried in a link as comma-separated values (#/actions?region=campania,lazio).
// Read and written by one piece of code so every list page speaks the same link language.

/** The values of one list parameter; empty when absent, empty pieces dropped. */
export function readListParam(params: Readonly<Record<string, string>>, name: string): string[] {
  return params[name] ? params[name].split(',').filter(Boolean) : [];
}

/** Every list a page filters on, read by the link name of each field. */
export function readListParams<Field extends string>(
  params: Readonly<Record<string, string>>,
  names: Readonly<Record<Field, string>>,
): Record<Field, string[]> {
  const lists = {} as Record<Field, string[]>;
  for (const field of Object.keys(names) as Field[]) lists[field] = readListParam(params, names[field]);
  return lists;
}

/** The lists written back under their link names, in the order of `names`; empty lists are left out. */
export function writeListParams<Field extends string>(
  lists: Readonly<Record<NoInfer<Field>, readonly string[]>>,
  names: Readonly<Record<Field, string>>,
): Record<string, string> {
  const params: Record<string, string> = {};
  for (const field of Object.keys(names) as Field[]) {
    if (lists[field].length) params[names[field]] = lists[field].join(',');
  }
  return params;
}

/**
 * A page's filters kept in the address: read from the link, replaced when another link
 * arrives (dashboard, menu), and written back on every change so that a reload or a copied
 * link shows the same list. `onNewLink` lets the page react to the rest of a new link
 * (e.g. `new=1` opening the form).
 */
export function useFiltersInLink<Filters>(
  route: Route,
  codec: {
    fromParams(params: Readonly<Record<string, string>>): Filters;
    toParams(filters: Filters): Record<string, string>;
  },
  onNewLink?: (query: Route['query']) => void,
): [Filters, (next: Filters) => void] {
  const [filters, setFilters] = useState<Filters>(() => codec.fromParams(route.query));
  // Adjusted during render, the way React recommends, rather than in an effect that renders twice.
  const [linkedQuery, setLinkedQuery] = useState(route.query);
  if (linkedQuery !== route.query) {
    setLinkedQuery(route.query);
    setFilters(codec.fromParams(route.query));
    onNewLink?.(route.query);
  }

  function changeFilters(next: Filters) {
    setFilters(next);
    history.replaceState(null, '', routeHref({ section: route.section, query: codec.toParams(next) }));
  }

  return [filters, changeFilters];
}
