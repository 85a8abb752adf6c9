import { useMemo } from 'react';
import type { AdvocacyAction } from '../../../shared/domain/action';
import type { Agreement } from '../../../shared/domain/agreement';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { agreementsExpiringWithin } from '../../../shared/analysis/agreements';
import {
  agreementsIn,
  bridgedReceptionIds,
  bridgesIn,
  overdueCountIn,
  overdueFollowUpCounts,
  receptionHealthBridges,
  receptionWithoutBridge,
  recentActions,
  stageFunnel,
  type Bridge,
  type RegionScope,
  type StageCount,
} from '../../../shared/analysis/dashboard';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { useDashboardRecords } from '../../data/useDashboardRecords';

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
  /** Bridges and gaps of every region, for the overall view; empty when a region is selected. */
  regionRows: RegionRow[];
  expiring: Agreement[];
  overdueCount: number;
  recentActions: AdvocacyAction[];
}

function regionRowsOf(
  stakeholders: readonly Stakeholder[],
  bridges: readonly Bridge[],
  bridged: ReadonlySet<string>,
): RegionRow[] {
  return REGION_IDS.map((id) => ({
    region: id,
    bridges: bridgesIn(bridges, id).length,
    receptionWithoutBridge: receptionWithoutBridge(stakeholders, bridged, id).length,
    receptionTotal: stakeholders.filter(
      (stakeholder) => stakeholder.sector === 'reception' && stakeholder.region === id,
    ).length,
  }));
}

/** Everything the dashboard shows for a region (null: the whole network); undefined while loading. */
export function useDashboardFigures(
  region: RegionScope,
  today: string,
): { figures: DashboardFigures | undefined; isEmpty: boolean } {
  const records = useDashboardRecords();

  const network = useMemo(() => {
    if (!records) return undefined;
    const allBridges = receptionHealthBridges(records, today);
    const bridged = bridgedReceptionIds(allBridges);
    const regionOf = new Map(records.stakeholders.map((stakeholder) => [stakeholder.id, stakeholder.region]));
    const overdue = overdueFollowUpCounts(records.followUps, records.actions, today);
    return { ...records, allBridges, bridged, regionOf, overdue };
  }, [records, today]);

  const figures = useMemo((): DashboardFigures | undefined => {
    if (!network) return undefined;
    const bridges = bridgesIn(network.allBridges, region);
    const inRegion =
      region === null
        ? network.stakeholders
        : network.stakeholders.filter((stakeholder) => stakeholder.region === region);
    const gaps = receptionWithoutBridge(network.stakeholders, network.bridged, region).sort((left, right) =>
      left.name.localeCompare(right.name),
    );
    return {
      stakeholderCount: inRegion.length,
      funnel: stageFunnel(network.stakeholders, region),
      bridges: {
        total: bridges.length,
        relationships: bridges.filter((bridge) => bridge.kind === 'relationship').length,
        agreements: bridges.filter((bridge) => bridge.kind === 'agreement').length,
      },
      receptionWithoutBridge: gaps,
      regionRows: region === null ? regionRowsOf(network.stakeholders, network.allBridges, network.bridged) : [],
      expiring: agreementsExpiringWithin(
        agreementsIn(network.agreements, network.regionOf, region),
        today,
        EXPIRY_WINDOW_DAYS,
      ),
      overdueCount: overdueCountIn(network.overdue, region),
      recentActions: recentActions(network.actions, region, RECENT_ACTIONS_SHOWN),
    };
  }, [network, region, today]);

  return { figures, isEmpty: records !== undefined && records.stakeholders.length === 0 };
}
