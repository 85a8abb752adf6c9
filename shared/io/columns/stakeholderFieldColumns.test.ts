import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../domain/schemaFields';
import { stakeholderSchema } from '../../domain/stakeholder';
import { columnLabel, stakeholderColumnLabel, stakeholderColumnOfField } from './stakeholderFieldColumns';
import type { StakeholderColumnKey } from './stakeholderColumns';

describe('a stakeholder field’s column', () => {
  const fields = schemaFields(stakeholderSchema)
    .map((field) => field.path)
    .filter((path) => !path.endsWith('[]'));

  it.each(fields.filter((field) => field !== 'createdAt'))('names %s in both languages', (field) => {
    const column = stakeholderColumnOfField(field);
    expect(column, field).toBeDefined();
    for (const language of ['en', 'it'] as const) expect(columnLabel(column!, language).trim()).not.toBe('');
  });

  it('is the one that stores it under another name', () => {
    expect(stakeholderColumnOfField('categoryId')?.key).toBe('category');
    expect(stakeholderColumnOfField('guidelinesStage')?.key).toBe('stage');
    expect(stakeholderColumnOfField('programmeIds')?.key).toBe('programmes');
    expect(stakeholderColumnOfField('createdAt')).toBeUndefined();
  });

  it('is found for no name that is not a field', () => {
    for (const name of ['__proto__', 'constructor', 'toString', '', 'programmes[]'])
      expect(stakeholderColumnOfField(name)).toBeUndefined();
  });

  it('says its range where a value is entered', () => {
    expect(stakeholderColumnLabel('influence', 'en')).toBe('Influence (1–5)');
    expect(stakeholderColumnLabel('city', 'it')).toBe('Città');
    expect(() => stakeholderColumnLabel('__proto__' as StakeholderColumnKey, 'en')).toThrow(/No stakeholder column/);
  });
});
