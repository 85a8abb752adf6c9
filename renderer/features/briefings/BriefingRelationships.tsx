import type { BriefingModel } from '../../../shared/briefing/briefingModel';
import { useT } from '../../i18n/useT';
import { useTieStatusWords } from '../stakeholders/tieStatusOnDay';

/**
 * The relationships among attendees under each attendee, in name order; each is listed once,
 * under whichever of its two attendees comes first, so a reader finds it by either name.
 */
export function BriefingRelationships({ model, nameOf }: { model: BriefingModel; nameOf: (id: string) => string }) {
  const { t, tOr } = useT();
  const statusWords = useTieStatusWords();
  if (model.relationshipsByAttendee.length === 0) return <p className="muted">{t('briefings.relationships.none')}</p>;
  return (
    <div className="briefing-relationship-groups">
      {model.relationshipsByAttendee.map(({ attendee, relationships }) => (
        <div key={attendee.id} className="briefing-relationship-group">
          <h3>{attendee.name}</h3>
          <table className="data-table briefing-table">
            <thead>
              <tr>
                <th scope="col">{t('briefings.header.partner')}</th>
                <th scope="col">{t('briefings.header.type')}</th>
                <th scope="col">{t('briefings.header.status')}</th>
              </tr>
            </thead>
            <tbody>
              {relationships.map((link) => {
                const isOutgoing = link.sourceId === attendee.id;
                const partner = nameOf(isOutgoing ? link.targetId : link.sourceId);
                // A directed tie says which way it runs; an undirected one has no arrow.
                const arrow = link.isDirected ? (isOutgoing ? '→ ' : '← ') : '';
                return (
                  <tr key={link.id}>
                    <td>
                      {arrow}
                      {partner}
                    </td>
                    <td>{tOr(`relationshipType.${link.type}`, link.type)}</td>
                    <td>{statusWords(link.onDay)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
