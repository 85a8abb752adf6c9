import { z } from 'zod';
import type { ReportScope } from '../analysis/programmeReport';
import { isoDateSchema } from '../domain/common';
import { REGION_IDS } from '../domain/regions';

// A programme report printed to PDF on the desktop: the main process loads the report page
// in a hidden window, so the scope the user chose travels in the page's address. Whatever
// arrives (an IPC payload, an address typed by hand) is parsed here before it is used.

/** Ids the app generates (UUIDs, sample-…): nothing that could change the address around it. */
const PROGRAMME_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const reportScopeSchema = z
  .strictObject({
    programmeId: z.string().regex(PROGRAMME_ID).nullable(),
    region: z.enum(REGION_IDS).nullable(),
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((scope) => scope.from <= scope.to, { message: 'The period ends before it starts' });

/** The report page's address query for a scope (all programmes and all regions leave their key out). */
export function reportScopeQuery(scope: ReportScope): Record<string, string> {
  return {
    ...(scope.programmeId === null ? {} : { programme: scope.programmeId }),
    ...(scope.region === null ? {} : { region: scope.region }),
    from: scope.from,
    to: scope.to,
  };
}

/** The scope an address asks for, or null when it asks for none or for one that is not valid. */
export function reportScopeFromQuery(query: Readonly<Record<string, string>>): ReportScope | null {
  if (query.from === undefined && query.to === undefined) return null;
  const parsed = reportScopeSchema.safeParse({
    programmeId: query.programme ?? null,
    region: query.region ?? null,
    from: query.from,
    to: query.to,
  });
  return parsed.success ? parsed.data : null;
}
