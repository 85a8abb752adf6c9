import type { Agreement } from '../domain/agreement';
import type { AgreementStatus } from '../domain/enums';
import { addDays } from '../domain/common';

/** Statuses in which an agreement binds its parties, so that its expiry matters. */
export const BINDING_AGREEMENT_STATUSES: readonly AgreementStatus[] = ['signed', 'in-force'];

/**
 * Whether an agreement binds its parties on `today`: signed or in force, and not past its
 * expiry date. One still marked in force whose expiry has passed no longer ties anyone.
 */
export function isBindingOn(agreement: Pick<Agreement, 'status' | 'expiresOn'>, today: string): boolean {
  return (
    BINDING_AGREEMENT_STATUSES.includes(agreement.status) &&
    (agreement.expiresOn === null || agreement.expiresOn >= today)
  );
}

/**
 * Binding agreements whose expiry date falls between `today` and `today + days` (inclusive),
 * soonest first: the ones a coordinator must renew or let go.
 */
export function agreementsExpiringWithin<A extends Pick<Agreement, 'status' | 'expiresOn'>>(
  agreements: readonly A[],
  today: string,
  days: number,
): A[] {
  const last = addDays(today, days);
  return agreements
    .filter((agreement) => isBindingOn(agreement, today) && agreement.expiresOn !== null && agreement.expiresOn <= last)
    .sort((left, right) => (left.expiresOn ?? '').localeCompare(right.expiresOn ?? ''));
}
