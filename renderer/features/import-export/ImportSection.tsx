import { useEffect, useMemo, useState } from 'react';
import { columnName } from '../../../shared/io/columnNames';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  guessColumnFields,
  type ImportField,
} from '../../../shared/io/importFields';
import {
  PREVIEW_STEP_ROWS,
  previewImport,
  previewImportInSteps,
  type ImportPreviewRow,
} from '../../../shared/io/importPreview';
import { useNotify } from '../../app/notifications/useNotify';
import { useDatabase } from '../../data/useDatabase';
import { stakeholdersForImport } from '../../data/stakeholderQueries';
import { useCustomCategories } from '../../data/useOrganisationQueries';
import { useLiveRead } from '../../data/useLiveRead';
import { importStakeholders } from '../../db/importStakeholders';
import { useT } from '../../i18n/useT';
import { SelectField } from '../../ui/fields';
import { recogniseEnumLabel } from './exportLabels';
import { ImportFileNotices } from './ImportFileNotices';
import { countImportChoices, toggleCuts } from './importChoices';
import { ImportLeftOut } from './ImportLeftOut';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportProgrammesNote } from './ImportProgrammesNote';
import { JoinedColumnsNote } from './JoinedColumnsNote';
import { PARSE_LIMITS, type ParsedSheet } from './parseProtocol';
import { ACCEPTED_FILE_TYPES, SpreadsheetError, parseSpreadsheet, type ParseFailure } from './parseSpreadsheet';
import { rowsLeftOutOf } from './rowsLeftOut';
import { useImportMerges } from './useImportMerges';
import { useProgrammeImport } from './useProgrammeImport';

const NO_ROWS: ImportPreviewRow[] = [];

/** Every sheet of the file has more columns than Trama reads. */
class SheetTooWide extends Error {
  constructor(readonly sheet: ParsedSheet | undefined) {
    super('Every sheet is wider than Trama reads');
  }
}

interface LoadedFile {
  fileName: string;
  sheets: ParsedSheet[];
  sheetIndex: number;
  fields: Array<ImportField | ''>;
}

export function ImportSection() {
  const { t, tn, language, formatNumber } = useT();
  const { notify, notifyError } = useNotify();
  const database = useDatabase();
  const existing = useLiveRead(stakeholdersForImport, []);
  // The organisation's own categories, read back by their labels: a preview waits for them.
  const customCategories = useCustomCategories();
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  // Cuts agreed to by row, column and field: mapping another column never extends one (importChoices.ts).
  const [acceptedCuts, setAcceptedCuts] = useState<ReadonlySet<string>>(new Set());
  const [activity, setActivity] = useState<string | null>(null);
  const [importedShare, setImportedShare] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const { similarChoices, corrections, existingById, chooseSimilar, correct, clearMerges } = useImportMerges(existing);

  const sheet = loaded?.sheets[loaded.sheetIndex];
  const header = sheet?.header.cells ?? [];
  const fields = loaded?.fields;
  const dataRows = useMemo(() => sheet?.rows ?? [], [sheet]);
  // A long sheet is previewed in steps, with progress, so that the page never freezes.
  const isLongSheet = dataRows.length > PREVIEW_STEP_ROWS;
  const quickPreview = useMemo(
    () =>
      !isLongSheet && fields && existing && customCategories
        ? previewImport(dataRows, fields, existing, recogniseEnumLabel, corrections, customCategories)
        : null,
    [isLongSheet, dataRows, fields, existing, corrections, customCategories],
  );
  const [steppedPreview, setSteppedPreview] = useState<{ rows: ImportPreviewRow[]; for: readonly unknown[] } | null>(
    null,
  );
  const [previewedShare, setPreviewedShare] = useState(0);
  useEffect(
    function previewLongSheetInSteps() {
      if (!isLongSheet || !fields || !existing || !customCategories) return;
      let isCurrent = true;
      void previewImportInSteps(
        dataRows,
        fields,
        existing,
        recogniseEnumLabel,
        (share) => isCurrent && setPreviewedShare(share),
        () => !isCurrent,
        corrections,
        customCategories,
      ).then(
        (rows) =>
          rows &&
          isCurrent &&
          setSteppedPreview({ rows, for: [dataRows, fields, existing, corrections, customCategories] }),
      );
      return () => {
        isCurrent = false;
        setPreviewedShare(0);
      };
    },
    [isLongSheet, dataRows, fields, existing, corrections, customCategories],
  );
  const isSteppedPreviewCurrent =
    steppedPreview !== null &&
    [dataRows, fields, existing, corrections, customCategories].every(
      (input, index) => steppedPreview.for[index] === input,
    );
  const isPreviewing =
    isLongSheet &&
    !isSteppedPreviewCurrent &&
    fields !== undefined &&
    existing !== undefined &&
    customCategories !== undefined;
  const preview = quickPreview ?? (isSteppedPreviewCurrent ? steppedPreview.rows : NO_ROWS);
  // Counted once per preview and choice of rows, not on every progress update of an import.
  const { counts, toImport, merges, refusedJoins } = useMemo(
    () => countImportChoices(preview, skipped, acceptedCuts, similarChoices, existingById),
    [preview, skipped, acceptedCuts, similarChoices, existingById],
  );
  // Rows past the cap are counted (or bounded) by the worker, never read: said above and in the counts.
  const rowsLeftOut = useMemo(() => (sheet ? rowsLeftOutOf(sheet) : null), [sheet]);
  const programmes = useProgrammeImport(loaded?.sheets, loaded?.sheetIndex, toImport);

  function reset() {
    setLoaded(null);
    setSkipped(new Set());
    setAcceptedCuts(new Set());
    clearMerges();
    setInputKey((key) => key + 1);
  }

  const toggleSkip = (rowNumber: number) => (current: ReadonlySet<number>) => {
    const next = new Set(current);
    if (!next.delete(rowNumber)) next.add(rowNumber);
    return next;
  };

  function chooseSheet(sheets: readonly ParsedSheet[], sheetIndex: number) {
    const chosen = sheets[sheetIndex];
    return { sheetIndex, fields: chosen && !chosen.isTooWide ? guessColumnFields(chosen.header.cells) : [] };
  }

  async function readFile(file: File) {
    setError(null);
    setActivity(t('io.import.reading', { file: file.name }));
    try {
      const sheets = await parseSpreadsheet(file);
      const readable = sheets.findIndex((candidate) => !candidate.isTooWide);
      if (readable < 0) throw new SheetTooWide(sheets[0]);
      setLoaded({ fileName: file.name, sheets, ...chooseSheet(sheets, readable) });
      setSkipped(new Set());
      setAcceptedCuts(new Set());
      clearMerges();
    } catch (caught) {
      if (caught instanceof SheetTooWide) setError(tooWideMessage(caught.sheet));
      else if (caught instanceof SpreadsheetError) setError(refusalMessage(caught.reason));
      else notifyError(caught);
      setInputKey((key) => key + 1);
    } finally {
      setActivity(null);
    }
  }

  async function commit() {
    setActivity(t('io.import.importing'));
    try {
      setImportedShare(0);
      const result = await importStakeholders(
        database,
        toImport,
        setImportedShare,
        programmes.sheetRows,
        t('import.merge.contactTitle'),
      );
      const addedProgrammes = result.programmes > 0 ? ` ${tn('io.import.doneProgrammes', result.programmes)}` : '';
      notify({
        message:
          t('io.import.done', { created: result.created, updated: result.updated, contacts: result.contacts }) +
          addedProgrammes,
        undo: result.change,
      });
      reset();
    } catch (caught) {
      notifyError(caught);
    } finally {
      setActivity(null);
      setImportedShare(null);
    }
  }

  const refusalMessage = (reason: ParseFailure) =>
    reason === 'too-much-text'
      ? t('importLimits.tooMuchText', { max: formatNumber(PARSE_LIMITS.maxTotalCharacters) })
      : t(`io.error.${reason}`);
  const tooWideMessage = (tooWide: ParsedSheet | undefined) =>
    t('importLimits.tooWide', {
      sheet: tooWide?.name ?? '',
      columns: formatNumber(tooWide?.columnCount ?? 0),
      max: formatNumber(PARSE_LIMITS.maxColumns),
    });

  const fieldOptions = [
    { value: '', label: t('io.import.ignore') },
    ...IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field][language] })),
  ];
  const setField = (column: number, field: ImportField | '') =>
    loaded &&
    setLoaded({
      ...loaded,
      fields: loaded.fields.map((current, index) =>
        index === column ? field : current === field && field !== '' ? '' : current,
      ),
    });

  return (
    <section className="card io-section" aria-labelledby="io-import-title">
      <h2 id="io-import-title">{t('io.import')}</h2>
      <p className="muted">{t('io.import.intro')}</p>
      <label className="field">
        <span>{t('io.import.file')}</span>
        <input
          key={inputKey}
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          disabled={activity !== null}
          onChange={(event) => event.target.files?.[0] && void readFile(event.target.files[0])}
        />
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="muted">
        {activity ?? (isPreviewing ? t('io.import.previewing') : '')}
      </p>
      {isPreviewing && (
        <progress className="io-progress" max={1} value={previewedShare} aria-label={t('io.import.previewing')} />
      )}
      {importedShare !== null && (
        <progress className="io-progress" max={1} value={importedShare} aria-label={t('io.import.importing')} />
      )}
      {loaded && sheet && (
        <>
          {loaded.sheets.length > 1 && (
            <SelectField
              label={t('io.import.sheet')}
              value={String(loaded.sheetIndex)}
              options={loaded.sheets.map((candidate, index) => ({ value: String(index), label: candidate.name }))}
              onChange={(value) => {
                setLoaded({ ...loaded, ...chooseSheet(loaded.sheets, Number(value)) });
                setSkipped(new Set());
                setAcceptedCuts(new Set());
                clearMerges();
              }}
            />
          )}
          {sheet.isTooWide && (
            <p role="alert" className="field-error">
              {tooWideMessage(sheet)}
            </p>
          )}
        </>
      )}
      {loaded && sheet && !sheet.isTooWide && (
        <>
          <ImportFileNotices sheet={sheet} />
          <h3>{t('io.import.mapping')}</h3>
          <p className="muted">{t('io.import.mappingHint')}</p>
          <JoinedColumnsNote sheet={sheet} />
          <div className="io-mapping">
            {header.map((title, column) => (
              <SelectField
                key={column}
                label={t('io.import.column', {
                  header: title || columnName(sheet.columns[column] ?? { first: column, last: column }),
                })}
                value={loaded.fields[column] ?? ''}
                options={fieldOptions}
                onChange={(value) => setField(column, value as ImportField | '')}
              />
            ))}
          </div>
          {!loaded.fields.includes('name') && (
            <p role="alert" className="field-error">
              {t('io.import.nameRequired')}
            </p>
          )}
          <h3>{t('io.import.preview')}</h3>
          {!isPreviewing && (
            <>
              <p data-testid="import-summary">{t('io.import.summary', counts)}</p>
              {merges.merged + merges.fromFile + merges.leftOut + merges.contactEntries > 0 && (
                <p data-testid="import-merge-summary">{t('import.merge.summary', merges)}</p>
              )}
              {rowsLeftOut && <ImportLeftOut rows={rowsLeftOut} overLimitRows={counts.overLimit} />}
              <ImportProgrammesNote {...programmes} />
              <ImportPreviewTable
                rows={preview}
                header={header}
                columns={sheet.columns}
                skipped={skipped}
                acceptedCuts={acceptedCuts}
                onToggleSkip={(rowNumber) => setSkipped(toggleSkip(rowNumber))}
                onToggleCut={(row) => setAcceptedCuts((current) => toggleCuts(current, row))}
                similarChoices={similarChoices}
                existing={existingById}
                onSimilarChoice={chooseSimilar}
                onCorrect={correct}
                refusedJoins={refusedJoins}
              />
            </>
          )}
          <div className="io-actions">
            <button
              type="button"
              className="button-primary"
              disabled={toImport.length === 0 || activity !== null || isPreviewing}
              onClick={() => void commit()}
            >
              {t('io.import.commit', { count: toImport.length })}
            </button>
            <button type="button" onClick={reset}>
              {t('io.import.cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
