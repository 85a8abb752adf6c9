import { useEffect, useMemo, useState } from 'react';
import type { RegionId } from '../../../shared/domain/regions';
import { similarStakeholderIndex, type SimilarMatch } from '../../../shared/domain/similarStakeholders';
import { routeHref } from '../../app/route';
import { useStakeholders } from '../../data/useStakeholderQueries';
import { useT } from '../../i18n/useT';

// While a new stakeholder's name is typed, the stakeholders of the same region with a similar
// name (shared/domain/similarStakeholders.ts), as links: a hint that never blocks the save.

/** Looked up once typing pauses this long, not on every key. */
export const SIMILAR_NAME_DELAY_MS = 300;

interface SimilarStakeholdersNoteProps {
  name: string;
  /** undefined: a regional body whose region is not chosen yet (every region is looked at). */
  region: RegionId | null | undefined;
}

export function SimilarStakeholdersNote({ name, region }: SimilarStakeholdersNoteProps) {
  const { t } = useT();
  const stakeholders = useStakeholders();
  const index = useMemo(() => (stakeholders ? similarStakeholderIndex(stakeholders) : null), [stakeholders]);
  // The name and region looked up, once typing pauses.
  const [looked, setLooked] = useState({ name: '', region });
  useEffect(
    function lookUpOnceTypingPauses() {
      const timer = setTimeout(() => setLooked({ name, region }), SIMILAR_NAME_DELAY_MS);
      return () => clearTimeout(timer);
    },
    [name, region],
  );
  const matches: SimilarMatch[] = useMemo(
    () => (index && looked.name.trim().length >= 2 ? index.find(looked.name, looked.region) : []),
    [index, looked],
  );
  return (
    <div className="field-wide" role="status" aria-live="polite">
      {matches.length > 0 && (
        <p className="notice">
          {t('stakeholders.similar.exist')}{' '}
          {matches.map((match, position) => (
            <span key={match.id}>
              {position > 0 && ', '}
              <a href={routeHref({ section: 'stakeholders', id: match.id })}>{match.name}</a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
