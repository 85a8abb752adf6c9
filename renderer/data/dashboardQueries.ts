import type { AdvocacyAction, FollowUp } from '../../shared/domain/action';
import type { Agreement } from '../../shared/domain/agreement';
import type { Relationship } from '../../shared/domain/relationship';
import type { Stakeholder } from '../../shared/domain/stakeholder';
import type { TramaDatabase } from '../db/db';
import { listAgreements } from './agreementQueries';
import { allRelationships } from './relationshipQueries';
import { allStakeholders } from './stakeholderQueries';

/** The records the dashboard's figures are worked out from. */
export interface DashboardRecords {
  stakeholders: Stakeholder[];
  relationships: Relationship[];
  agreements: Agreement[];
  actions: AdvocacyAction[];
  followUps: FollowUp[];
}

export async function dashboardRecords(db: TramaDatabase): Promise<DashboardRecords> {
  const [stakeholders, relationships, agreements, actions, followUps] = await Promise.all([
    allStakeholders(db),
    allRelationships(db),
    listAgreements(db),
    db.actions.toArray(),
    db.followUps.toArray(),
  ]);
  return { stakeholders, relationships, agreements, actions, followUps };
}
