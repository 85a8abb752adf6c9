import type { z } from 'zod';
import type { DefaultCategoryId } from '../../domain/categories';
import { idSchema } from '../../domain/common';
import { ATTITUDES, GUIDELINES_STAGES, LEVELS, SECTORS, type Sector } from '../../domain/enums';
import { programmeFieldsSchema } from '../../domain/organisation';
import type { RegionId } from '../../domain/regions';
import { stakeholderFieldsSchema, type Stakeholder } from '../../domain/stakeholder';
import { dateCell } from '../cells';
import type { EnumKind } from '../exportData';
import {
  Refusal,
  listCell,
  splitList,
  type CellWords,
  type ColumnDescriptor,
  type ReadContext,
} from './columnDescriptor';
import { RECOGNISED_TEXT, longestList, longestListOf, longestText } from './schemaLimits';
import { levelFor, oneOf, score, splitProgrammeNames } from './stakeholderValues';

// The stakeholder's columns, in the order of the export's sheet. The stakeholder list on
// screen shows those marked isListed; the import reads back every one with an `import`.

/** A stakeholder as the import builds it from a row: its fields, the id it names, and its programmes by name. */
export type StakeholderDraft = Omit<z.output<typeof stakeholderFieldsSchema>, 'programmeIds'> & {
  id: string;
  programmes: string[];
};

/** How the import recognises what people write (supplied by the import preview, which remembers each text). */
export interface StakeholderRecognisers {
  /** A stored value from its label in either language, or the value itself. */
  enumValue(kind: EnumKind, text: string): string | null;
  region(text: string): RegionId | null;
  province(text: string, region: RegionId | null): string | null;
  /** A category from its label or keywords in the text. */
  category(text: string): DefaultCategoryId | null;
  /** A category guessed from keywords of the stakeholder's name ("ASL Napoli 1" is a health authority). */
  categoryFromName(name: string): DefaultCategoryId | null;
  sectorFromKeywords(text: string): Sector | null;
  /** A category's usual sector, the organisation's own categories included (defaultSector). */
  sectorOfCategory(categoryId: string | undefined): Sector;
}

type Context = ReadContext<StakeholderDraft, StakeholderRecognisers>;
export type StakeholderColumn = ColumnDescriptor<Stakeholder, CellWords, StakeholderDraft, StakeholderRecognisers>;

const stakeholder = stakeholderFieldsSchema.shape;

/** Programme names a stakeholder's cell holds at most, each as long as a programme's name. */
const PROGRAMMES_PER_CELL = 200;
const LONGEST_PROGRAMME_NAME = longestText(programmeFieldsSchema.shape.name);

const guessedCategory = ({ recognise, valueOf }: Context) =>
  recognise.categoryFromName(valueOf('name') ?? '') ?? 'other';

export const STAKEHOLDER_COLUMNS = [
  {
    key: 'id',
    type: 'text',
    header: { en: 'ID', it: 'ID' },
    write: (s) => s.id,
    import: {
      field: 'id',
      label: { en: 'Trama id', it: 'Id Trama' },
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
    isListed: true,
    write: (s) => s.name,
    import: {
      field: 'name',
      aliases: [
        'ente',
        'nome',
        'nome ente',
        'denominazione',
        'organizzazione',
        'istituzione',
        'stakeholder',
        'organisation',
        'organization',
        'name',
        'institution',
      ],
      maxLength: longestText(stakeholder.name),
      fills: ['name'],
      read: (name) => ({ name }),
      fallback: () => new Refusal('missing-name'),
    },
  },
  {
    key: 'shortName',
    type: 'text',
    header: { en: 'Short name', it: 'Nome breve' },
    write: (s) => s.shortName,
    import: {
      field: 'shortName',
      aliases: ['sigla', 'acronimo', 'nome breve', 'short name', 'abbreviation', 'acronym'],
      maxLength: longestText(stakeholder.shortName),
      fills: ['shortName'],
      read: (shortName) => ({ shortName }),
      fallback: () => ({ shortName: '' }),
    },
  },
  {
    key: 'category',
    type: 'text',
    header: { en: 'Category', it: 'Categoria' },
    isListed: true,
    write: (s, { labels }) => labels.category(s.categoryId),
    import: {
      field: 'category',
      aliases: ['categoria', 'tipo', 'tipologia', 'tipo ente', 'category', 'type', 'kind'],
      maxLength: RECOGNISED_TEXT,
      fills: ['categoryId'],
      // Found from the category's text alone, it is what the name could not change. A text
      // naming no category is left out, and said: the fallback's guess from the name (or
      // "other") takes its place, and the preview offers to correct the cell.
      read: (text, { recognise }) => {
        const categoryId = recognise.category(text);
        return categoryId ? { categoryId } : new Refusal('unrecognised-category');
      },
      fallback: (context) => ({ categoryId: guessedCategory(context) }),
    },
  },
  {
    key: 'level',
    type: 'text',
    header: { en: 'Level', it: 'Livello' },
    write: (s, { labels }) => labels.value('level', s.level),
    import: {
      field: 'level',
      aliases: ['livello', 'level'],
      maxLength: RECOGNISED_TEXT,
      fills: ['level'],
      read: (text, { recognise }) => {
        const level = oneOf(LEVELS, recognise.enumValue('level', text));
        return level ? { level } : new Refusal('unknown-value');
      },
      fallback: ({ valueOf }) => ({ level: levelFor(valueOf('categoryId') ?? 'other', valueOf('region') ?? null) }),
    },
  },
  {
    key: 'region',
    type: 'text',
    header: { en: 'Region', it: 'Regione' },
    isListed: true,
    write: (s, { labels }) => (s.region ? labels.value('region', s.region) : ''),
    import: {
      field: 'region',
      aliases: ['regione', 'region'],
      maxLength: RECOGNISED_TEXT,
      fills: ['region'],
      read: (text, { recognise }) => {
        const region = recognise.region(text);
        return region ? { region } : new Refusal('unknown-region');
      },
      fallback: () => ({ region: null }),
    },
  },
  {
    key: 'province',
    type: 'text',
    header: { en: 'Province', it: 'Provincia' },
    write: (s) => s.province,
    import: {
      field: 'province',
      aliases: ['provincia', 'prov', 'province'],
      maxLength: RECOGNISED_TEXT,
      fills: ['province'],
      read: (text, { recognise, valueOf }) => {
        const province = recognise.province(text, valueOf('region') ?? null);
        return province ? { province } : new Refusal('unknown-province');
      },
      fallback: () => ({ province: '' }),
    },
  },
  {
    key: 'city',
    type: 'text',
    header: { en: 'City', it: 'Città' },
    write: (s) => s.city,
    import: {
      field: 'city',
      aliases: ['citta', 'comune', 'localita', 'sede', 'city', 'town', 'municipality'],
      maxLength: longestText(stakeholder.city),
      fills: ['city'],
      read: (city) => ({ city }),
      fallback: () => ({ city: '' }),
    },
  },
  {
    key: 'sector',
    type: 'text',
    header: { en: 'Sector', it: 'Settore' },
    isListed: true,
    write: (s, { labels }) => labels.value('sector', s.sector),
    import: {
      field: 'sector',
      aliases: ['settore', 'ambito', 'sector'],
      maxLength: RECOGNISED_TEXT,
      fills: ['sector'],
      // A text naming no sector is left out, and said: the category's usual sector takes its place.
      read: (text, { recognise }) => {
        const sector = oneOf(SECTORS, recognise.enumValue('sector', text)) ?? recognise.sectorFromKeywords(text);
        return sector ? { sector } : new Refusal('unknown-sector');
      },
      fallback: ({ valueOf, recognise }) => ({ sector: recognise.sectorOfCategory(valueOf('categoryId')) }),
    },
  },
  {
    key: 'stage',
    type: 'text',
    header: { en: 'Guidelines stage', it: 'Fase delle linee guida' },
    isListed: true,
    write: (s, { labels }) => labels.value('stage', s.guidelinesStage),
    import: {
      field: 'stage',
      aliases: ['fase', 'fase linee guida', 'fase delle linee guida', 'stage', 'guidelines stage'],
      maxLength: RECOGNISED_TEXT,
      fills: ['guidelinesStage'],
      read: (text, { recognise }) => {
        const guidelinesStage = oneOf(GUIDELINES_STAGES, recognise.enumValue('stage', text));
        return guidelinesStage ? { guidelinesStage } : new Refusal('unknown-value');
      },
      fallback: () => ({ guidelinesStage: 'not-engaged' }),
    },
  },
  {
    key: 'influence',
    type: 'number',
    header: { en: 'Influence', it: 'Influenza' },
    isListed: true,
    write: (s) => s.influence,
    import: {
      field: 'influence',
      label: { en: 'Influence (1–5)', it: 'Influenza (1–5)' },
      aliases: ['influenza', 'potere', 'influence', 'power'],
      maxLength: RECOGNISED_TEXT,
      fills: ['influence'],
      read: (text) => {
        const influence = score(text);
        return influence === null ? new Refusal('invalid-score') : { influence };
      },
      fallback: () => ({ influence: 3 }),
    },
  },
  {
    key: 'interest',
    type: 'number',
    header: { en: 'Interest / support', it: 'Interesse / sostegno' },
    write: (s) => s.interest,
    import: {
      field: 'interest',
      label: { en: 'Interest / support (1–5)', it: 'Interesse / sostegno (1–5)' },
      aliases: ['interesse', 'interesse sostegno', 'interest', 'interest support', 'support'],
      maxLength: RECOGNISED_TEXT,
      fills: ['interest'],
      read: (text) => {
        const interest = score(text);
        return interest === null ? new Refusal('invalid-score') : { interest };
      },
      fallback: () => ({ interest: 3 }),
    },
  },
  {
    key: 'attitude',
    type: 'text',
    header: { en: 'Attitude', it: 'Atteggiamento' },
    write: (s, { labels }) => labels.value('attitude', s.attitude),
    import: {
      field: 'attitude',
      aliases: ['atteggiamento', 'posizione', 'attitude', 'stance'],
      maxLength: RECOGNISED_TEXT,
      fills: ['attitude'],
      read: (text, { recognise }) => {
        const attitude = oneOf(ATTITUDES, recognise.enumValue('attitude', text));
        return attitude ? { attitude } : new Refusal('unknown-value');
      },
      fallback: () => ({ attitude: 'unknown' }),
    },
  },
  {
    key: 'tags',
    type: 'text',
    header: { en: 'Tags', it: 'Etichette' },
    write: (s) => listCell(s.tags),
    import: {
      field: 'tags',
      aliases: ['tag', 'tags', 'etichette', 'parole chiave', 'keywords'],
      maxLength: longestList(stakeholder.tags),
      fills: ['tags'],
      read: (text) => ({ tags: splitList(text) }),
      fallback: () => ({ tags: [] }),
    },
  },
  {
    key: 'programmes',
    type: 'text',
    header: { en: 'Programmes', it: 'Programmi' },
    write: (s, { programmeName }) => listCell(s.programmeIds.map(programmeName)),
    import: {
      field: 'programmes',
      aliases: [
        'programma',
        'programmi',
        'progetto',
        'progetti',
        'programme',
        'programmes',
        'program',
        'programs',
        'project',
        'projects',
      ],
      maxLength: longestListOf(PROGRAMMES_PER_CELL, LONGEST_PROGRAMME_NAME),
      fills: ['programmes'],
      read: (text) => {
        const programmes = splitProgrammeNames(text);
        return programmes.some((name) => name.length > LONGEST_PROGRAMME_NAME)
          ? new Refusal('invalid-programme')
          : { programmes };
      },
      fallback: () => ({ programmes: [] }),
    },
  },
  {
    key: 'website',
    type: 'text',
    header: { en: 'Website', it: 'Sito web' },
    write: (s) => s.website,
    import: {
      field: 'website',
      aliases: ['sito', 'sito web', 'sito internet', 'website', 'web', 'url'],
      maxLength: longestText(stakeholder.website),
      fills: ['website'],
      read: (website) => ({ website }),
      fallback: () => ({ website: '' }),
    },
  },
  {
    key: 'notes',
    type: 'text',
    header: { en: 'Notes', it: 'Note' },
    write: (s) => s.notes,
    import: {
      field: 'notes',
      aliases: ['note', 'annotazioni', 'osservazioni', 'notes', 'comments', 'remarks'],
      maxLength: longestText(stakeholder.notes),
      fills: ['notes'],
      read: (notes) => ({ notes }),
      fallback: () => ({ notes: '' }),
    },
  },
  // Written for the reader; an import stamps its own time.
  {
    key: 'updatedAt',
    type: 'date',
    header: { en: 'Last updated', it: 'Ultimo aggiornamento' },
    write: (s) => dateCell(s.updatedAt),
  },
] as const satisfies readonly StakeholderColumn[];

export type StakeholderColumnKey = (typeof STAKEHOLDER_COLUMNS)[number]['key'];
export type StakeholderImportField = Extract<
  (typeof STAKEHOLDER_COLUMNS)[number],
  { import: object }
>['import']['field'];
