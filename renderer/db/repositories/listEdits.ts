/**
 * A form's edits to list fields (tags, programmes, a contact's emails, phones, languages),
 * applied to the lists as they are now: what the user added is added and what the user
 * removed is removed, so that an item added or removed meanwhile elsewhere (another window,
 * a teammate's change by sync) is not undone by a save of the whole list.
 * A list field without its opened value is written whole.
 */
export function applyListEdits<Fields extends object>(
  current: Fields,
  patch: Partial<Fields>,
  opened: Partial<Fields> | undefined,
  listFields: ReadonlyArray<keyof Fields>,
): Partial<Fields> {
  const applied: Partial<Fields> = { ...patch };
  for (const field of listFields) {
    const edited = patch[field];
    const before = opened?.[field];
    const now = current[field];
    if (!isTextList(edited) || !isTextList(before) || !isTextList(now)) continue;
    const removed = new Set(before.filter((item) => !edited.includes(item)));
    const added = edited.filter((item) => !before.includes(item) && !now.includes(item));
    applied[field] = [...now.filter((item) => !removed.has(item)), ...added] as Fields[typeof field];
  }
  return applied;
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
