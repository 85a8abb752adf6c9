import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AdvocacyAction } from '../../../shared/domain/action';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { agreementsExpiringWithin } from '../../../shared/analysis/agreements';
import {
  agreementsIn,
  bridgesIn,
  overdueCountIn,
  overdueFollowUpCounts,
  receptionHealthBridges,
  receptionWithoutBridge,
  recentActions,
  stageFunnel,
  type RegionScope,
  type StageCount,
} from '../../../shared/analysis/dashboard';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { db, type AgreementRow } from '../../db/db';

export const EXPIRY_WINDOW_DAYS = 90;
const RECENT_ACTIONS_SHOWN = 5;

export interface RegionRow {
  region: RegionId;
  bridges: number;
  receptionWithoutBridge: number;
  receptionTotal: number;
}

export interface DashboardFigures {
  stakeholderCount: number;
  funnel: StageCount[];
  bridges: { total: number; relationships: number; agreements: number };
  receptionWithoutBridge: Stakeholder[];
  /** Bridges and gaps of every region, for the overall view. */
  regionRows: RegionRow[];
  expiring: AgreementRow[];
  overdueCount: number;
  recentActions: AdvocacyAction[];
}

/** Everything the dashboard shows for a region (null: the whole network); undefined while loading. */
export function useDashboardFigures(region: RegionScope, today: string): { figures: DashboardFigures | undefined; isEmpty: boolean } {
  const records = useLiveQuery(async () => {
    const [stakeholders, relationships, agreements, actions, followUps] = await Promise.all([
      db.stakeholders.toArray(),
      db.relationships.toArray(),
      db.agreements.toArray(),
      db.actions.toArray(),
      db.followUps.toArray(),
    ]);
    return { stakeholders, relationships, agreements, actions, followUps };
  }, []);

  const network = useMemo(() => {
    if (!records) return undefined;
    const allBridges = receptionHealthBridges(records);
    const regionOf = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
    const overdue = overdueFollowUpCounts(records.followUps, records.actions, today);
    return { ...records, allBridges, regionOf, overdue };
  }, [records, today]);

  const figures = useMemo((): DashboardFigures | undefined => {
    if (!network) return undefined;
    const bridges = bridgesIn(network.allBridges, region);
    const inRegion = region === null ? network.stakeholders : network.stakeholders.filter((stakeholder) => stakeholder.region === region);
    const gaps = receptionWithoutBridge(network.stakeholders, network.allBridges, region).sort((left, right) => left.name.localeCompare(right.name));
    return {
      stakeholderCount: inRegion.length,
      funnel: stageFunnel(network.stakeholders, region),
      bridges: {
        total: bridges.length,
        relationships: bridges.filter((bridge) => bridge.kind === 'relationship').length,
        agreements: bridges.filter((bridge) => bridge.kind === 'agreement').length,
      },
      receptionWithoutBridge: gaps,
      regionRows: REGION_IDS.map((id) => ({
        region: id,
        bridges: bridgesIn(network.allBridges, id).length,
        receptionWithoutBridge: receptionWithoutBridge(network.stakeholders, network.allBridges, id).length,
        receptionTotal: network.stakeholders.filter((stakeholder) => stakeholder.sector === 'reception' && stakeholder.region === id).length,
      })),
      expiring: agreementsExpiringWithin(agreementsIn(network.agreements, network.regionOf, region), today, EXPIRY_WINDOW_DAYS),
      overdueCount: overdueCountIn(network.overdue, region),
      recentActions: recentActions(network.actions, region, RECENT_ACTIONS_SHOWN),
    };
  }, [network, region, today]);

  return { figures, isEmpty: records !== undefined && records.stakeholders.length === 0 };
}
