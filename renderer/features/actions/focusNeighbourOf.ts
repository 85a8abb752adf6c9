/**
 * Where focus goes once a follow-up's "Mark done" is pressed: that button goes away, so focus
 * moves to the next open follow-up's button, or else the previous one's, or else the list
 * itself, and a keyboard user keeps their place instead of being thrown to the page's top.
 * Called on the click, while the neighbour's button (marked `data-follow-up-id`) exists already.
 */
export function focusNeighbourOf(list: HTMLElement | null, openFollowUpIds: readonly string[], index: number): void {
  const neighbourId = openFollowUpIds[index + 1] ?? openFollowUpIds[index - 1];
  const button = neighbourId
    ? list?.querySelector<HTMLButtonElement>(`button[data-follow-up-id="${neighbourId}"]`)
    : null;
  (button ?? list)?.focus();
}
