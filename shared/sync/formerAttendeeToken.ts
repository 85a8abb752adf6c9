import { sha256 } from './sha256';

// The token of a former attendee: tallied where a training arrives naming someone deleted here
// (renderer/sync/deletedTallies.ts), and by the laptop that deletes her (renderer/db/
// formerAttendees.ts). Drawn at random, each laptop and each training would tally the same
// person under a token of its own: counted twice in the reports, and the laptops' versions of
// the training never the same. Derived instead from the revision of the person's record that
// the deletion replaced, which every laptop holds alike: the same person gets the same token
// on every training and every laptop. It names no one: a digest, not the id. Synchronous
// (sha256.ts), as the deleting laptop tallies inside the deletion's transaction, where
// awaiting crypto.subtle would commit the transaction early.

const TOKEN_PURPOSE = 'trama:former-attendee';

/** The token for the person whose record `docId` was last live at revision `lastLiveRev`. */
export function formerAttendeeToken(docId: string, lastLiveRev: string): string {
  const digest = sha256(new TextEncoder().encode(`${TOKEN_PURPOSE}\n${docId}\n${lastLiveRev}`));
  const hex = [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
