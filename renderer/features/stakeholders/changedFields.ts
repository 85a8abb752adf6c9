/**
 * The fields the user changed since the form opened: all a save writes, so that a change made
 * meanwhile to another field (a move on the power-interest grid in another window, a teammate's
 * edit arriving by sync) is not put back to the value the form opened with.
 */
export function changedFields<Input extends object>(opened: Input, edited: Input): Partial<Input> {
  const changed: Partial<Input> = {};
  for (const field of Object.keys(edited) as Array<keyof Input>) {
    // Values are plain data (texts, numbers, lists of texts): their JSON says whether they differ.
    if (JSON.stringify(edited[field]) !== JSON.stringify(opened[field])) changed[field] = edited[field];
  }
  return changed;
}
