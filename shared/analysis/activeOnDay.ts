import type { Agreement } from '../domain/agreement';
import { localDayOf } from '../domain/common';
import type { Relationship } from '../domain/relationship';
import { BINDING_AGREEMENT_STATUSES } from './agreements';

// What was active on a calendar day: one set of rules for the map "as of" a day, the compare
// view, the programme report and the dashboard's bridges, so that the four never disagree on
// the same tie. Days are YYYY-MM-DD; a day counts whole.

/** Active on `day` by its dates alone: begun by then (or no start known) and not ended before it. */
export function isRelationshipActiveOn(relationship: Pick<Relationship, 'since' | 'until'>, day: string): boolean {
  return (
    (relationship.since === null || relationship.since <= day) &&
    (relationship.until === null || relationship.until >= day)
  );
}

/** Binding on `day`: signed or in force now, begun by then, and not expired before it. */
export function isAgreementInForceOn(
  agreement: Pick<Agreement, 'status' | 'signedOn' | 'inForceFrom' | 'expiresOn'>,
  day: string,
): boolean {
  const start = agreement.inForceFrom ?? agreement.signedOn;
  return (
    BINDING_AGREEMENT_STATUSES.includes(agreement.status) &&
    (start === null || start <= day) &&
    (agreement.expiresOn === null || agreement.expiresOn >= day)
  );
}

/** What a tie's day is read from. */
export type TieDates = Pick<Relationship, 'status' | 'since' | 'until' | 'createdAt'>;

/**
 * Active on the day: begun by then (its `since`, or the day it was entered when no start is
 * known) and not ended before (`until`). One marked inactive with an end date was active up to
 * that end; one marked inactive without an end date counts as inactive on every day: nobody
 * recorded when it stopped.
 */
export function isTieActiveOn(relationship: TieDates, day: string): boolean {
  if (relationship.status !== 'active' && relationship.until === null) return false;
  return isRelationshipActiveOn(
    { since: relationship.since ?? localDayOf(relationship.createdAt), until: relationship.until },
    day,
  );
}

/** What an agreement's day is read from. */
export type AgreementDates = Pick<Agreement, 'status' | 'signedOn' | 'inForceFrom' | 'expiresOn' | 'createdAt'>;

/** In force on the day; one with neither a signature nor a start date counts from the day it was entered. */
export function isAgreementInForceAsOf(agreement: AgreementDates, day: string): boolean {
  const hasStart = agreement.inForceFrom !== null || agreement.signedOn !== null;
  return isAgreementInForceOn(
    hasStart ? agreement : { ...agreement, inForceFrom: localDayOf(agreement.createdAt) },
    day,
  );
}
