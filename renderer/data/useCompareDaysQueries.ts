import type { AsOfNetwork } from '../../shared/analysis/asOf';
import { compareDaysNetwork } from './compareDaysQueries';
import { useLiveRead } from './useLiveRead';

/** The records two days are compared from, kept up to date; undefined while loading. */
export function useCompareDaysNetwork(): AsOfNetwork | undefined {
  return useLiveRead(compareDaysNetwork, []);
}
