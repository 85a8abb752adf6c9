import { describe, expect, it } from 'vitest';
import { schemaFields } from '../../../shared/domain/schemaFields';
import { BACKUP_TABLE_NAMES, backupSchema } from '../../../shared/io/backup';
import type { I18nValue } from '../../i18n/I18nContext';
import { translate } from '../../i18n/translate';
import { fieldLabelByItsMessage, mergeFieldLabel } from './mergeFieldLabels';

// The merge preview names every field in the user's language: a field added to a schema
// without a name would show its code name (programmeIds, x, value…).

function wordsIn(language: 'en' | 'it'): Pick<I18nValue, 't' | 'language'> {
  const t: I18nValue['t'] = (key, ...params) => translate(language, key, ...params);
  return { language, t };
}

describe('the merge preview’s field names', () => {
  const tables = backupSchema.shape.tables.shape;
  /** The paths a record's fields are shown under: nested objects and objects in lists too, not the items of a list. */
  const pathsOf = (table: (typeof BACKUP_TABLE_NAMES)[number]) =>
    schemaFields(tables[table])
      .map((field) => field.path)
      .filter((path) => !path.endsWith('[]'));

  it('are looked for in nested objects and in objects of lists too', () => {
    expect(pathsOf('agreements')).toContain('parties[].role');
    expect(pathsOf('briefings')).toEqual(
      expect.arrayContaining(['source.kind', 'source.actionId', 'source.stakeholderIds']),
    );
  });

  for (const table of BACKUP_TABLE_NAMES) {
    it(`name every field of ${table} in English and Italian`, () => {
      for (const language of ['en', 'it'] as const) {
        const unnamed = pathsOf(table).filter((path) => mergeFieldLabel(wordsIn(language), table, path) === undefined);
        expect(unnamed, language).toEqual([]);
      }
    });
  }

  it('name a stakeholder’s fields as their spreadsheet columns and the form do', () => {
    expect(mergeFieldLabel(wordsIn('it'), 'stakeholders', 'city')).toBe('Città');
    expect(mergeFieldLabel(wordsIn('en'), 'stakeholders', 'programmeIds')).toBe('Programmes');
    expect(mergeFieldLabel(wordsIn('en'), 'stakeholders', 'guidelinesStage')).toBe('Guidelines stage');
    expect(mergeFieldLabel(wordsIn('en'), 'stakeholders', 'createdAt')).toBe('Created');
  });

  it('name the fields of a table with no list of its own by its form’s messages, and the record’s own fields as every table does', () => {
    // The actions' form messages stand in for those of an entity added later.
    expect(fieldLabelByItsMessage(wordsIn('en'), 'actions', 'title')).toBe(translate('en', 'actions.field.title'));
    expect(fieldLabelByItsMessage(wordsIn('it'), 'actions', 'objective')).toBe(
      translate('it', 'actions.field.objective'),
    );
    expect(fieldLabelByItsMessage(wordsIn('en'), 'trainingCourses', 'createdAt')).toBe('Created');
    for (const path of ['__proto__', 'constructor', 'toString', 'nonsense', 'title.', ''])
      expect(fieldLabelByItsMessage(wordsIn('en'), 'trainingCourses', path), path).toBeUndefined();
  });

  it('name no field a backup invents, whatever it is called', () => {
    for (const path of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nonsense']) {
      for (const table of BACKUP_TABLE_NAMES) expect(mergeFieldLabel(wordsIn('en'), table, path)).toBeUndefined();
    }
  });
});
