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
  receptionOfRole,
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
  /** Null: national, EU and international bodies, which belong to no region. */
  region: RegionId | null;
  /**
   * Bridges reaching the region (the national row: reaching a body with no region). One joining
   * two regions, or a region and a national body, counts in each row, as the table's note says.
   */
  bridges: number;
  /** Reception facilities (CAS, SAI…) without a bridge, and all of them. */
  receptionWithoutBridge: number;
  receptionTotal: number;
  /** Offices governing reception (Prefetture…) without a bridge, and all of them. */
  officesWithoutBridge: number;
  officeTotal: number;
}

export interface DashboardFigures {
  stakeholderCount: number;
  funnel: StageCount[];
  bridges: { total: number; relationships: number; agreements: number; facilities: number; offices: number };
  /** Reception facilities (CAS, SAI, CPA, hotspots) with no bridge. */
  receptionWithoutBridge: Stakeholder[];
  /** Offices governing reception (Prefetture) with no bridge: counted and listed on their own. */
  officesWithoutBridge: Stakeholder[];
  /**
   * Bridges and gaps of every region, then of the bodies with no region when there are any
   * (so that the gaps add up to the overall ones; the bridges may not, see RegionRow.bridges),
   * for the overall view; empty when a region is selected.
   */
  regionRows: RegionRow[];
  expiring: Agreement[];
  overdueCount: number;
  /** The latest done actions dated on or before today, newest first. */
  recentActions: AdvocacyAction[];
}

function rowOf(
  region: RegionId | null,
  stakeholders: readonly Stakeholder[],
  bridges: readonly Bridge[],
  bridged: ReadonlySet<string>,
): RegionRow {
  // The national row is handed its stakeholders alone: the queries' "every region" (null) then means them.
  return {
    region,
    bridges: bridges.length,
    receptionWithoutBridge: receptionWithoutBridge(stakeholders, bridged, region).length,
    receptionTotal: receptionOfRole(stakeholders, region).length,
    officesWithoutBridge: receptionWithoutBridge(stakeholders, bridged, region, 'governance').length,
    officeTotal: receptionOfRole(stakeholders, region, 'governance').length,
  };
}

function regionRowsOf(
  stakeholders: readonly Stakeholder[],
  bridges: readonly Bridge[],
  bridged: ReadonlySet<string>,
): RegionRow[] {
  const rows = REGION_IDS.map((id) => rowOf(id, stakeholders, bridgesIn(bridges, id), bridged));
  const national = stakeholders.filter((stakeholder) => stakeholder.region === null);
  const nationalIds = new Set(national.map((stakeholder) => stakeholder.id));
  const nationalBridges = bridges.filter((bridge) =>
    [...bridge.receptionIds, ...bridge.healthIds].some((id) => nationalIds.has(id)),
  );
  const nationalRow = rowOf(null, national, nationalBridges, bridged);
  const hasNational = nationalRow.bridges + nationalRow.receptionTotal + nationalRow.officeTotal > 0;
  return hasNational ? [...rows, nationalRow] : rows;
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
    const byName = (left: Stakeholder, right: Stakeholder) => left.name.localeCompare(right.name);
    const gaps = receptionWithoutBridge(network.stakeholders, network.bridged, region).sort(byName);
    const officeGaps = receptionWithoutBridge(network.stakeholders, network.bridged, region, 'governance').sort(byName);
    return {
      stakeholderCount: inRegion.length,
      funnel: stageFunnel(network.stakeholders, region),
      bridges: {
        total: bridges.length,
        relationships: bridges.filter((bridge) => bridge.kind === 'relationship').length,
        agreements: bridges.filter((bridge) => bridge.kind === 'agreement').length,
        facilities: bridges.filter((bridge) => bridge.facilityIds.length > 0).length,
        offices: bridges.filter((bridge) => bridge.officeIds.length > 0).length,
      },
      receptionWithoutBridge: gaps,
      officesWithoutBridge: officeGaps,
      regionRows: region === null ? regionRowsOf(network.stakeholders, network.allBridges, network.bridged) : [],
      expiring: agreementsExpiringWithin(
        agreementsIn(network.agreements, network.regionOf, region),
        today,
        EXPIRY_WINDOW_DAYS,
      ),
      overdueCount: overdueCountIn(network.overdue, region),
      recentActions: recentActions(network.actions, region, RECENT_ACTIONS_SHOWN, today),
    };
  }, [network, region, today]);

  return { figures, isEmpty: records !== undefined && records.stakeholders.length === 0 };
}
