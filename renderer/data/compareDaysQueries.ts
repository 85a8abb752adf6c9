import type { AsOfNetwork } from '../../shared/analysis/asOf';
import type { TramaDatabase } from '../db/db';
import { listAgreements } from './agreementQueries';
import { stageHistory } from './historyQueries';
import { allRelationships } from './relationshipQueries';
import { allStakeholders } from './stakeholderQueries';

/**
 * What comparing the network on two days needs (shared/analysis/asOf.ts): every stakeholder,
 * relationship and agreement, and the recorded stage changes (not the whole history).
 */
export async function compareDaysNetwork(db: TramaDatabase): Promise<AsOfNetwork> {
  const [stakeholders, relationships, agreements, history] = await Promise.all([
    allStakeholders(db),
    allRelationships(db),
    listAgreements(db),
    stageHistory(db),
  ]);
  return { stakeholders, relationships, agreements, history };
}
