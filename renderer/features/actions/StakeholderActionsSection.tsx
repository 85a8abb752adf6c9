import type { Stakeholder } from '../../../shared/domain/stakeholder';

export function StakeholderActionsSection(_props: { stakeholder: Stakeholder }) {
  return null;
}
