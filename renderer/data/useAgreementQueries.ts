import type { Agreement } from '../../shared/domain/agreement';
import {
  agreementDetail,
  agreementList,
  agreementsOfByTitle,
  type AgreementDetail,
  type AgreementList,
} from './agreementQueries';
import { useLiveRead } from './useLiveRead';

// Live hooks over agreementQueries.ts: undefined while loading, then kept up to date.

/** The agreements with every stakeholder and programme the list needs to show and filter them. */
export function useAgreementList(): AgreementList | undefined {
  return useLiveRead(agreementList, []);
}

/** The agreements a stakeholder is party to, by title. */
export function useAgreementsOf(stakeholderId: string): Agreement[] | undefined {
  return useLiveRead((db) => agreementsOfByTitle(db, stakeholderId), [stakeholderId]);
}

/** An agreement with its parties and programmes; null once loaded and missing. */
export function useAgreementDetail(id: string): AgreementDetail | null | undefined {
  return useLiveRead((db) => agreementDetail(db, id), [id]);
}
