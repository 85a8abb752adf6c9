/** Characters of a follow-up's text kept in a button's name: its start tells it from the others. */
const KEPT_CHARACTERS = 60;
/** A cut at a word's end, unless that would keep less than this. */
const SHORTEST_CUT = 40;

/**
 * The start of a follow-up's text, for the name of a control acting on it ("Mark done: …"): a
 * screen reader reads the name each time it lands on the control, and the whole text may run to
 * 2,000 characters. Cut at a word's end, with an ellipsis; whole when it is short.
 */
export function briefFollowUpText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  // By code points, so that a cut never splits an emoji's surrogate pair.
  const characters = Array.from(collapsed);
  if (characters.length <= KEPT_CHARACTERS) return collapsed;
  const start = characters.slice(0, KEPT_CHARACTERS).join('');
  const wordEnd = start.lastIndexOf(' ');
  return `${(wordEnd >= SHORTEST_CUT ? start.slice(0, wordEnd) : start).trimEnd()}…`;
}
