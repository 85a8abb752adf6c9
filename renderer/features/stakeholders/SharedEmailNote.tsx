import { useEffect, useState } from 'react';
import { useDatabase } from '../../data/useDatabase';
import { contactsSharingEmails, type SharedEmail } from '../../db/repositories/contacts';
import { useT } from '../../i18n/useT';
import { SIMILAR_NAME_DELAY_MS } from './SimilarStakeholdersNote';
import { splitList } from './stakeholderDraft';

// While a contact person's email addresses are typed, the other contact persons who already have
// one of them (the same person entered twice, or moved to another organisation): a hint that
// never blocks the save.

/** Named one by one; the others are counted. */
const NAMED = 3;

interface SharedEmailNoteProps {
  /** The note's id, for the email field's aria-describedby. */
  id: string;
  /** The email field as typed: addresses separated by commas. */
  emails: string;
  /** The contact person being edited, who is not compared with herself. */
  ownId?: string;
}

export function SharedEmailNote({ id, emails, ownId }: SharedEmailNoteProps) {
  const { t, tn } = useT();
  const database = useDatabase();
  const [shared, setShared] = useState<SharedEmail[]>([]);
  useEffect(
    function lookUpOnceTypingPauses() {
      let isCurrent = true;
      const timer = setTimeout(() => {
        contactsSharingEmails(database, splitList(emails), ownId).then(
          (found) => isCurrent && setShared(found),
          // Only a hint: a failed look-up shows none, and the save goes on as it would.
          () => isCurrent && setShared([]),
        );
      }, SIMILAR_NAME_DELAY_MS);
      return () => {
        isCurrent = false;
        clearTimeout(timer);
      };
    },
    [database, emails, ownId],
  );
  const named = shared.slice(0, NAMED);
  return (
    <div id={id} className="field-wide" role="status" aria-live="polite">
      {shared.length > 0 && (
        <p className="notice">
          {[
            ...named.map(({ contact, stakeholderName, email }) =>
              t('contact.sharedEmail', { name: contact.name, stakeholder: stakeholderName, email }),
            ),
            ...(shared.length > NAMED ? [tn('contact.sharedEmailMore', shared.length - NAMED)] : []),
            t('contact.sharedEmailHint'),
          ].join(' ')}
        </p>
      )}
    </div>
  );
}
