import { createAction } from '../../renderer/db/repositories/actions';
import { createContact, deleteContacts, updateContact } from '../../renderer/db/repositories/contacts';
import { createStakeholder } from '../../renderer/db/repositories/stakeholders';
import { contactInput, stakeholderInput } from './builders';
import { bridge, syncBoth, type HandSyncedLaptop } from './handSyncedLaptops';

/**
 * A contact person (Ada Neri) deleted on Anna's laptop, changed and named in a meeting on
 * Marco's, both synced: the Conflicts list shows "deleted on one laptop, changed on another".
 * Anna's deletion sits a revision deeper than Marco's change: settled by a deletion without an
 * author, that one would win the deleted document over hers whatever the revision hashes.
 */
export async function deletedByAnnaChangedByMarco(anna: HandSyncedLaptop, marco: HandSyncedLaptop) {
  const asl = await createStakeholder(anna.db, stakeholderInput({ name: 'ASL Caserta' }));
  const ada = await createContact(anna.db, contactInput(asl.id, { name: 'Ada Neri' }));
  await syncBoth(anna, marco);
  await updateContact(anna.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
  await bridge(anna);
  await deleteContacts(anna.db, [ada.id]);
  await updateContact(marco.db, ada.id, contactInput(asl.id, { name: 'Ada Neri', role: 'Psichiatra' }));
  const meeting = await createAction(marco.db, {
    title: 'Incontro DSM',
    kind: 'bilateral-meeting',
    date: '2026-09-10',
    status: 'done',
    targetIds: [asl.id],
    participantIds: [ada.id],
  });
  await syncBoth(anna, marco);
  return { ada, meeting };
}
