/**
 * Where focus goes once a row's button removes the row (a follow-up's "Mark done", a briefing
 * attendee's "Remove"): that button goes away, so focus moves to the next row's button, or else
 * the previous one's, or else the list itself, and a keyboard user keeps their place instead of
 * being thrown to the page's top. Called on the click, while the neighbour's button (marked
 * `data-row-id`) exists already.
 */
export function focusNeighbourOf(list: HTMLElement | null, rowIds: readonly string[], index: number): void {
  const neighbourId = rowIds[index + 1] ?? rowIds[index - 1];
  const button = neighbourId ? list?.querySelector<HTMLButtonElement>(`button[data-row-id="${neighbourId}"]`) : null;
  (button ?? list)?.focus();
}
