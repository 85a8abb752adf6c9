import type { RegionId } from '../../../shared/domain/regions';

export interface FollowUpListProps {
  /** 'overdue': open and past due; 'open': every follow-up not yet done, overdue first. */
  scope: 'overdue' | 'open';
  /** Only follow-ups of actions in this region. */
  region?: RegionId;
  /** Show at most this many, with a link to the full list. */
  limit?: number;
}

// Owned by the actions feature; the dashboard embeds it.
export function FollowUpList(_props: FollowUpListProps) {
  return null;
}
