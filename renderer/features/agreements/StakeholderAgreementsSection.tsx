import type { Stakeholder } from '../../../shared/domain/stakeholder';

export function StakeholderAgreementsSection(_props: { stakeholder: Stakeholder }) {
  return null;
}
