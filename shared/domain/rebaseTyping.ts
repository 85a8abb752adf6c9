// Text typed over one stored value, while the stored value changed underneath (an erasure a
// teammate made, arriving by sync): the typing is moved onto the new stored value. The change
// underneath wins wherever the two meet, so a name an erasure replaced never comes back from
// words typed before it arrived; only what the user typed themselves is kept.

/** One contiguous change: `before[start, end)` replaced by `inserted`. */
interface Splice {
  start: number;
  end: number;
  inserted: string;
}

/** The smallest single splice that turns `before` into `after`. */
function spliceBetween(before: string, after: string): Splice {
  const longest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < longest && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < longest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix += 1;
  return { start: prefix, end: before.length - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

/** Characters of unchanged text either side of the typing to find again, widest first. */
const CONTEXTS = [32, 16, 8];

/** Where `base[start, end)` is, found once with its surroundings unchanged in `stored`, else -1. */
function findAgain(base: string, start: number, end: number, stored: string): number {
  for (const context of CONTEXTS) {
    const left = base.slice(Math.max(0, start - context), start);
    const anchor = left + base.slice(start, end + context);
    if (anchor.length < context) continue;
    const found = stored.indexOf(anchor);
    if (found >= 0 && stored.indexOf(anchor, found + 1) < 0) return found + left.length;
  }
  return -1;
}

/**
 * The typed change (`base` to `typed`) applied to `stored`, which changed from `base` meanwhile;
 * `stored` as it is when the two changes cannot both be kept.
 */
export function rebaseTyping(base: string, typed: string, stored: string): string {
  if (typed === base || stored === base) return stored === base ? typed : stored;
  const mine = spliceBetween(base, typed);
  const theirs = spliceBetween(base, stored);
  // The typing holds the change already (it went on from an earlier save of itself).
  const offset = theirs.start - mine.start;
  if (offset >= 0 && theirs.end <= mine.end && mine.inserted.startsWith(theirs.inserted, offset)) return typed;
  // Apart: the typing before or after the change underneath (touching it is apart, too).
  if (mine.end <= theirs.start) return stored.slice(0, mine.start) + mine.inserted + stored.slice(mine.end);
  if (mine.start >= theirs.end) {
    const shift = theirs.inserted.length - (theirs.end - theirs.start);
    return stored.slice(0, mine.start + shift) + mine.inserted + stored.slice(mine.end + shift);
  }
  // Entangled in one splice (a change underneath at several places): the typing's surroundings,
  // found once, unchanged, in the new stored text.
  const start = findAgain(base, mine.start, mine.end, stored);
  if (start < 0) return stored;
  return stored.slice(0, start) + mine.inserted + stored.slice(start + (mine.end - mine.start));
}
