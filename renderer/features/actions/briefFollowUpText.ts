/** Characters of a follow-up's text kept in a button's name: its start tells it from the others. */
const KEPT_CHARACTERS = 60;
/** A cut at a word's end, unless that would keep less than this. */
const SHORTEST_CUT = 40;

const codePointsOf = (text: string) => Array.from(text.replace(/\s+/g, ' ').trim());

/** How many code points two texts begin with alike. */
function sharedStartLength(left: readonly string[], right: readonly string[]): number {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length += 1;
  return length;
}

/** The text cut after at least `shown` code points: back to a word's end at the usual length, on to one past it. */
function cut(characters: readonly string[], shown: number): string {
  const text = characters.join('');
  if (characters.length <= Math.max(KEPT_CHARACTERS, shown)) return text;
  if (shown <= KEPT_CHARACTERS) {
    const start = characters.slice(0, KEPT_CHARACTERS).join('');
    const wordEnd = start.lastIndexOf(' ');
    const kept = wordEnd >= SHORTEST_CUT && Array.from(start.slice(0, wordEnd)).length >= shown ? wordEnd : -1;
    return `${(kept >= 0 ? start.slice(0, kept) : start).trimEnd()}…`;
  }
  const nextSpace = characters.indexOf(' ', shown);
  return nextSpace < 0 ? text : `${characters.slice(0, nextSpace).join('')}…`;
}

/**
 * The start of each follow-up's text, for the name of a control acting on it ("Mark done: …"): a
 * screen reader reads the name each time it lands on the control, and the whole text may run to
 * 2,000 characters. Cut at a word's end, with an ellipsis; whole when it is short. Texts of one
 * list that begin alike ("Send the minutes to the ASL…", "…to the Questura") are kept up to the
 * word where they differ, so that no two controls share a name unless their texts are the same.
 */
export function briefFollowUpTexts(texts: readonly string[]): string[] {
  const all = texts.map(codePointsOf);
  return all.map((characters, index) => {
    const shared = Math.max(0, ...all.map((other, j) => (j === index ? 0 : sharedStartLength(characters, other))));
    return cut(characters, shared + 1);
  });
}
