import { idSchema } from '../../domain/common';
import { programmeFieldsSchema, type Programme } from '../../domain/organisation';
import { Refusal, type CellWords, type ColumnDescriptor } from './columnDescriptor';
import { longestText } from './schemaLimits';

// A programme's columns: the export's programmes sheet, which the import reads back.

/** A programme as the import reads it from a row of the programmes sheet, with the id it names. */
export interface ProgrammeDraft {
  id: string;
  name: string;
  shortName: string;
  description: string;
}

export type ProgrammeColumn = ColumnDescriptor<Programme, CellWords, ProgrammeDraft, null>;

const programme = programmeFieldsSchema.shape;

export const PROGRAMME_COLUMNS = [
  {
    key: 'id',
    type: 'text',
    header: { en: 'ID', it: 'ID' },
    write: (p) => p.id,
    import: {
      field: 'id',
      aliases: ['id', 'trama id', 'codice trama'],
      maxLength: longestText(idSchema),
      fills: ['id'],
      read: (id) => ({ id }),
      fallback: () => ({ id: '' }),
    },
  },
  {
    key: 'name',
    type: 'text',
    header: { en: 'Name', it: 'Nome' },
    write: (p) => p.name,
    import: {
      field: 'name',
      aliases: ['programma', 'programme', 'program', 'nome programma', 'programme name'],
      maxLength: longestText(programme.name),
      fills: ['name'],
      read: (name) => ({ name }),
      fallback: () => new Refusal('missing-name'),
    },
  },
  {
    key: 'shortName',
    type: 'text',
    header: { en: 'Short name', it: 'Nome breve' },
    write: (p) => p.shortName,
    import: {
      field: 'shortName',
      aliases: ['sigla', 'acronimo', 'abbreviation', 'acronym'],
      maxLength: longestText(programme.shortName),
      fills: ['shortName'],
      read: (shortName) => ({ shortName }),
      fallback: () => ({ shortName: '' }),
    },
  },
  {
    key: 'description',
    type: 'text',
    header: { en: 'Description', it: 'Descrizione' },
    write: (p) => p.description,
    import: {
      field: 'description',
      aliases: ['note', 'notes'],
      maxLength: longestText(programme.description),
      fills: ['description'],
      read: (description) => ({ description }),
      fallback: () => ({ description: '' }),
    },
  },
] as const satisfies readonly ProgrammeColumn[];

export type ProgrammeColumnKey = (typeof PROGRAMME_COLUMNS)[number]['key'];
