// The token of a former attendee tallied where a training arrives naming someone deleted here
// (renderer/sync/deletedTallies.ts). Drawn at random, each laptop and each training would tally
// the same person under a token of its own: counted twice in the reports, and the laptops'
// versions of the training never the same. Derived instead from the revision of the person's
// record that the deletion replaced, which every laptop holds alike: the same person gets the
// same token on every training and every laptop. It names no one: a digest, not the id.

const TOKEN_PURPOSE = 'trama:former-attendee';

/** The token for the person whose record `docId` was last live at revision `lastLiveRev`. */
export async function formerAttendeeToken(docId: string, lastLiveRev: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(`${TOKEN_PURPOSE}\n${docId}\n${lastLiveRev}`),
  );
  const hex = [...new Uint8Array(digest).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
