import { useMemo } from 'react';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../shared/domain/enums';
import { REGION_IDS } from '../../../shared/domain/regions';
import { useProgrammes, useStaff } from '../../data/useOrganisationQueries';
import { useT } from '../../i18n/useT';
import type { Option } from '../../ui/fields';

/** Choices and labels for action filters and forms, in the current language. */
export function useActionOptions() {
  const { t, tOr } = useT();
  const staff = useStaff();
  const programmes = useProgrammes();
  return useMemo(() => {
    const staffNames = new Map((staff ?? []).map((member) => [member.id, member.name]));
    const programmeNames = new Map((programmes ?? []).map((programme) => [programme.id, programme.name]));
    const regionLabel = (id: string) => tOr(`region.${id}`, id);
    return {
      isLoaded: staff !== undefined && programmes !== undefined,
      regions: REGION_IDS.map((id): Option => ({ value: id, label: t(`region.${id}`) })),
      kinds: ACTION_KINDS.map((kind): Option => ({ value: kind, label: t(`actionKind.${kind}`) })),
      statuses: ACTION_STATUSES.map((status): Option => ({ value: status, label: t(`actionStatus.${status}`) })),
      // Former staff stay as labels of past actions but are not offered for new ones.
      activeStaff: (staff ?? [])
        .filter((member) => member.isActive)
        .map((member): Option => ({ value: member.id, label: member.name })),
      allStaff: (staff ?? []).map((member): Option => ({ value: member.id, label: member.name })),
      programmes: (programmes ?? []).map((programme): Option => ({ value: programme.id, label: programme.name })),
      staffName: (id: string | null) => (id === null ? '' : (staffNames.get(id) ?? '')),
      programmeName: (id: string | null) => (id === null ? '' : (programmeNames.get(id) ?? '')),
      regionLabel,
      regionList: (ids: readonly string[]) => ids.map(regionLabel).join(', '),
    };
  }, [staff, programmes, t, tOr]);
}
