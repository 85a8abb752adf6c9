import type { ReactNode } from 'react';
import type { BriefingModel, Gap } from '../../../shared/briefing/briefingModel';
import type { BriefingCover } from '../../../shared/briefing/briefingTables';
import type { BriefingSection } from '../../../shared/domain/briefing';
import { useT } from '../../i18n/useT';
import { AttendeeCard, OpenFollowUpList } from './AttendeeCard';
import { BriefingMapPicture } from './BriefingMapPicture';
import { BriefingRelationships } from './BriefingRelationships';
import { BriefingSignInSheet } from './BriefingSignInSheet';
import { BriefingSummary } from './BriefingSummary';

// The pack itself, the same in the builder's preview and in the print view.

function SectionFrame({ section, children }: { section: BriefingSection; children: ReactNode }) {
  const { t } = useT();
  const headingId = `briefing-section-${section}`;
  return (
    <section className={`briefing-section briefing-section-${section}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`briefings.section.${section}`)}</h2>
      {children}
    </section>
  );
}

export function useGapText(): (gap: Gap) => string {
  const { t } = useT();
  return (gap) => t(`briefings.gap.${gap.rule}`);
}

export function BriefingDocument({ model, cover }: { model: BriefingModel; cover: BriefingCover }) {
  const { t, tOr, tn, formatDate } = useT();
  const gapText = useGapText();
  const stakeholders = new Map(
    [...model.attendees.map((item) => item.stakeholder), ...model.neighbours].map((stakeholder) => [
      stakeholder.id,
      stakeholder,
    ]),
  );
  const nameOf = (id: string) => stakeholders.get(id)?.name ?? id;
  const render: Record<BriefingSection, () => ReactNode> = {
    summary: () => <BriefingSummary model={model} />,
    'sign-in': () => <BriefingSignInSheet model={model} cover={cover} />,
    map: () => (
      <BriefingMapPicture
        attendees={model.attendees.map((item) => item.stakeholder)}
        neighbours={model.neighbours}
        relationships={model.mapRelationships}
      />
    ),
    attendees: () => (
      <>
        <p className="muted">{tn('briefings.attendeeCount', model.attendees.length)}</p>
        {model.meetingFollowUps.length > 0 && (
          <div className="briefing-meeting-followups">
            <h3>{t('briefings.meetingFollowUps')}</h3>
            <OpenFollowUpList followUps={model.meetingFollowUps} />
          </div>
        )}
        <div className="briefing-attendees">
          {model.attendees.map((facts) => (
            <AttendeeCard key={facts.stakeholder.id} facts={facts} fromAction={model.action !== null} />
          ))}
        </div>
      </>
    ),
    'shared-agreements': () =>
      model.sharedAgreements.length ? (
        <table className="data-table briefing-table">
          <thead>
            <tr>
              <th scope="col">{t('briefings.header.agreement')}</th>
              <th scope="col">{t('briefings.header.status')}</th>
              <th scope="col">{t('briefings.header.expiresOn')}</th>
              <th scope="col">{t('briefings.shared.parties')}</th>
            </tr>
          </thead>
          <tbody>
            {model.sharedAgreements.map(({ agreement, attendeeIds }) => (
              <tr key={agreement.id}>
                <td>{agreement.title}</td>
                <td>{tOr(`agreementStatus.${agreement.status}`, agreement.status)}</td>
                <td>{formatDate(agreement.expiresOn)}</td>
                <td>{attendeeIds.map(nameOf).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t('briefings.shared.none')}</p>
      ),
    relationships: () => <BriefingRelationships model={model} nameOf={nameOf} />,
    gaps: () =>
      model.gaps.length ? (
        <ul className="briefing-gaps">
          {model.gaps.map((gap) => (
            <li key={`${gap.rule}-${gap.region ?? ''}`}>
              <strong>
                {gapText(gap)}
                {gap.region && ` (${tOr(`region.${gap.region}`, gap.region)})`}
              </strong>
              : {gap.stakeholderIds.map(nameOf).join('; ')}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('briefings.gaps.none')}</p>
      ),
    agenda: () =>
      cover.agenda.trim() ? (
        <div className="briefing-agenda-text">
          {cover.agenda.split(/\r?\n/).map((line, index) => (
            // Lines have no identity of their own: their position is what they are.
            <p key={index}>{line || '\u00a0'}</p>
          ))}
        </div>
      ) : (
        <p className="muted">{t('briefings.agenda.empty')}</p>
      ),
  };
  return (
    <div className="briefing-document">
      {model.sections.map((section) => (
        <SectionFrame key={section} section={section}>
          {render[section]()}
        </SectionFrame>
      ))}
    </div>
  );
}
