import { describe, expect, it } from 'vitest';
import { stakeholderFieldsSchema } from '../domain/stakeholder';
import { STAKEHOLDER_IMPORTS, TEXT_KEPT_AS_WRITTEN } from './importFields';
import { previewImport } from './importPreview';

// Notes are kept as typed by the stakeholder form (notesSchema does not trim): an imported
// note's indentation and blank lines are the user's layout. Blank edges of a name, an email,
// a date or a category are accidents of typing, and go.

const fields = ['name', 'region', 'notes', 'city'] as const;
const NOTE = '  Riunione del 3 marzo:\n    - referente assente\n    - richiamare\n\n';

describe('an imported note', () => {
  it('keeps its indentation and trailing blank lines', () => {
    const [row] = previewImport([['  ASL Roma 1 ', 'Lazio ', NOTE, ' Roma  ']], [...fields], []);
    expect(row!.stakeholder?.notes, 'the note lost its indentation or blank lines').toBe(NOTE);
    expect(row!.stakeholder).toMatchObject({ name: 'ASL Roma 1', region: 'lazio', city: 'Roma' });
  });

  it('made of blanks only is no note', () => {
    const [row] = previewImport([['ASL Roma 1', 'Lazio', ' \n\t ', '']], [...fields], []);
    expect(row!.stakeholder?.notes).toBe('');
    expect(row!.said ?? {}).not.toHaveProperty('notes');
  });

  it('typed as a correction in the preview is kept as typed too', () => {
    const corrections = new Map([[2, new Map([['notes' as const, NOTE]])]]);
    const [row] = previewImport([['ASL Roma 1', 'Lazio', 'x', '']], [...fields], [], undefined, corrections);
    expect(row!.stakeholder?.notes).toBe(NOTE);
  });
});

describe('the fields whose text is kept as written', () => {
  it('are those whose stakeholder schema keeps blank edges', () => {
    // An id (the category's too, read from its name) is no text the user lays out.
    const keepsEdges = STAKEHOLDER_IMPORTS.filter(({ reading }) =>
      reading.fills.some((key) => {
        if (/(^id|Id)$/.test(key)) return false;
        const schema = stakeholderFieldsSchema.shape[key as keyof typeof stakeholderFieldsSchema.shape];
        const parsed = schema?.safeParse(' a ');
        return parsed?.success === true && parsed.data === ' a ';
      }),
    ).map(({ field }) => field);
    expect([...TEXT_KEPT_AS_WRITTEN].sort()).toEqual(keepsEdges.sort());
  });
});
