// Who this window writes as in its team: the outbox middleware (syncOutbox.ts, installed by
// db.ts) asks at every write, and records nothing while the answer is null. Until the team
// connection (features/team) has read its settings — they come asynchronously, from the
// desktop shell — the answer is "not known yet" (''): writes are recorded then, so that an
// edit made in the first moments is not lost to the team; the pump sends them as the member
// who joined, and a window that turns out to be in no team discards them (discardOutbox).

/** Recorded while it is not yet known whether this window belongs to a team. */
export const MEMBER_NOT_KNOWN_YET = '';

let member: string | null = MEMBER_NOT_KNOWN_YET;

export function teamMember(): string | null {
  return member;
}

/** The member's name once joined or resumed; null once known to be in no team. */
export function setTeamMember(name: string | null): void {
  member = name;
}
