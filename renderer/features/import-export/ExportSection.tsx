import { useState } from 'react';
import { tableToCsv, separatorFor } from '../../../shared/io/csv';
import { narrowToStakeholders, type ExportData } from '../../../shared/io/exportData';
import { toGexf, toGraphml } from '../../../shared/io/graphFormats';
import { exportFileName } from '../../../shared/io/exportFileName';
import { agreementPartyMatrix, regionCategoryMatrix, stakeholderMatrix } from '../../../shared/io/matrices';
import { MATRIX_KINDS, matrixSheets, restrictToRegion, type MatrixKind } from '../../../shared/io/matrixSheets';
import { localIsoDate } from '../../../shared/domain/common';
import { REGION_IDS, type RegionId } from '../../../shared/domain/regions';
import { useCurrentSelection } from '../../app/currentSelection';
import { loadExportData } from '../../data/exportDataQueries';
import { useDatabase } from '../../data/useDatabase';
import { useOmitPersonalColumns } from '../../data/useMetaQueries';
import { useT } from '../../i18n/useT';
import { CheckboxField, SelectField } from '../../ui/fields';
import { useCategories } from '../../ui/useCategories';
import { exportInWorker } from './exportInWorker';
import { exportLabels } from './exportLabels';
import { useExportScope } from './useExportScope';
import { useFileExport } from './useFileExport';
import { loadSheetJs, writeXlsx } from './writeXlsx';

export function ExportSection() {
  const { t, language } = useT();
  const { labelOf } = useCategories();
  const selection = useCurrentSelection();
  const database = useDatabase();
  // Checked against the database: the map may have published ids that were deleted since.
  const live = useExportScope(selection);
  const total = live?.total ?? 0;
  const presentIds = live?.presentIds ?? [];
  const omitByDefault = useOmitPersonalColumns();
  const [omitChoice, setOmitChoice] = useState<boolean | null>(null);
  const isOmitted = omitChoice ?? omitByDefault ?? false;
  const hasSelection = selection !== null && selection.isNarrowed;
  // Filters that leave no stakeholder, or stakeholders all deleted since, would save an empty
  // file: that choice is shown, not offered.
  const canExportSelection = hasSelection && presentIds.length > 0;
  const [scope, setScope] = useState<'all' | 'selection'>('all');
  const isSelectionScope = scope === 'selection' && canExportSelection;
  const [matrix, setMatrix] = useState<MatrixKind>('types');
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [matrixRegion, setMatrixRegion] = useState<RegionId | 'all'>('all');
  const { isBusy, cellNotice, run } = useFileExport();
  const [workerShare, setWorkerShare] = useState<number | null>(null);
  const labels = exportLabels(language, labelOf);
  const noRegion = t('map.group.none');

  // What the file holds, in words: the region, or "Selection" when narrowed to what the user looks at.
  const scopeWords = (region: RegionId | 'all') => [
    ...(isSelectionScope ? [t('export.matrix.selection')] : []),
    ...(region === 'all' ? [] : [t(`region.${region}`)]),
  ];
  const fileName = (parts: string[], extension: string) => exportFileName(parts, localIsoDate(), extension);

  async function scopedData(): Promise<ExportData> {
    const data = await loadExportData(database);
    return isSelectionScope ? narrowToStakeholders(data, new Set(presentIds)) : data;
  }
  // The workbook and the contact lists can hold every record: built in a worker, with progress.
  const inWorker = (kind: 'workbook' | 'contacts') =>
    run(async () => {
      setWorkerShare(0);
      try {
        const request = {
          kind,
          language,
          omitPersonalColumns: isOmitted,
          noRegionLabel: labels.sheet('noRegion'),
          stakeholderIds: isSelectionScope ? [...presentIds] : null,
        };
        const file = await exportInWorker(request, setWorkerShare);
        return {
          stem: kind,
          fileName: fileName([t(`export.${kind}.file`), ...scopeWords('all')], 'xlsx'),
          extension: 'xlsx' as const,
          data: file.bytes,
          longCells: file.longCells,
        };
      } finally {
        setWorkerShare(null);
      }
    });
  const xlsx = async (stem: string, tables: Parameters<typeof writeXlsx>[1]) => {
    const file = writeXlsx(await loadSheetJs(), tables, { language });
    return { stem, extension: 'xlsx' as const, data: file.bytes, longCells: file.longCells };
  };

  const exportMatrix = () =>
    run(async () => {
      const scoped = await scopedData();
      const data = matrixRegion === 'all' ? scoped : restrictToRegion(scoped, matrixRegion);
      const name = (extension: string) =>
        fileName([t('export.matrix.file'), labels.sheet(`matrix.${matrix}`), ...scopeWords(matrixRegion)], extension);
      if (format === 'csv') {
        // One CSV file holds one table: the full names stay on the axes, there is no key sheet.
        const table =
          matrix === 'regionCategory'
            ? regionCategoryMatrix(data, labels, noRegion)
            : matrix === 'agreementParty'
              ? agreementPartyMatrix(data, labels)
              : stakeholderMatrix(data, matrix, labels);
        return {
          stem: `matrice-${matrix}`,
          fileName: name('csv'),
          extension: 'csv',
          data: tableToCsv(table, separatorFor(language)),
        };
      }
      const sheets = matrixSheets(data, matrix, labels, {
        total: t('export.matrix.total'),
        corner: t('export.matrix.corner'),
        direction: t('export.matrix.direction'),
        keySheet: t('export.matrix.keySheet'),
        shortLabel: t('export.matrix.shortLabel'),
        fullName: t('export.matrix.fullName'),
        category: t('export.matrix.category'),
        noRegion,
      });
      return { ...(await xlsx(`matrice-${matrix}`, sheets)), fileName: name('xlsx') };
    });
  const networkFile = (extension: 'gexf' | 'graphml') =>
    run(async () => {
      const data = await scopedData();
      return {
        stem: 'rete',
        fileName: fileName([t('export.graph.file'), ...scopeWords('all')], extension),
        extension,
        data: extension === 'gexf' ? toGexf(data, localIsoDate(), labels) : toGraphml(data, labels),
      };
    });

  function selectionLabel(): string {
    if (!hasSelection) return t('io.scope.noSelection');
    const source = t(`io.scope.source.${selection.source}`);
    if (live === undefined) return t('common.loading');
    if (selection.stakeholderIds.length === 0) return t('io.scope.emptySelection', { source });
    // Nothing is left out unsaid: the choice tells how many of those looked at are gone.
    if (presentIds.length === 0) return t('io.scope.goneSelection', { source });
    if (live.goneCount > 0) {
      return t('io.scope.partlyGoneSelection', { count: presentIds.length, gone: live.goneCount, source });
    }
    return t('io.scope.selection', { count: presentIds.length, source });
  }

  return (
    <section className="card io-section" aria-labelledby="io-export-title">
      <h2 id="io-export-title">{t('io.export')}</h2>
      <fieldset className="io-scope">
        <legend>{t('io.scope')}</legend>
        <label>
          <input type="radio" name="io-scope" checked={!isSelectionScope} onChange={() => setScope('all')} />
          {t('io.scope.all', { count: total })}
        </label>
        <label>
          <input
            type="radio"
            name="io-scope"
            disabled={!canExportSelection}
            checked={isSelectionScope}
            onChange={() => setScope('selection')}
          />
          {selectionLabel()}
        </label>
      </fieldset>
      <CheckboxField label={t('io.omitPersonal')} isChecked={isOmitted} onChange={setOmitChoice} />
      <div className="io-actions">
        <button type="button" className="button-primary" disabled={isBusy} onClick={() => void inWorker('workbook')}>
          {t('io.workbook')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => void inWorker('contacts')}>
          {t('io.contactLists')}
        </button>
      </div>

      <h3>{t('io.matrices')}</h3>
      <div className="io-actions">
        <SelectField
          label={t('io.matrix')}
          value={matrix}
          options={MATRIX_KINDS.map((kind) => ({ value: kind, label: t(`io.matrix.${kind}`) }))}
          onChange={(value) => setMatrix(value as MatrixKind)}
        />
        <SelectField
          label={t('export.matrix.region')}
          value={matrixRegion}
          options={[
            { value: 'all', label: t('export.matrix.allRegions') },
            ...REGION_IDS.map((region) => ({ value: region, label: t(`region.${region}`) })),
          ]}
          onChange={(value) => setMatrixRegion(value as RegionId | 'all')}
        />
        <SelectField
          label={t('io.format')}
          value={format}
          options={[
            { value: 'xlsx', label: 'Excel (.xlsx)' },
            { value: 'csv', label: 'CSV' },
          ]}
          onChange={(value) => setFormat(value as 'xlsx' | 'csv')}
        />
        <button type="button" disabled={isBusy} onClick={() => void exportMatrix()}>
          {t('io.exportMatrix')}
        </button>
      </div>

      <h3>{t('io.networkFiles')}</h3>
      <div className="io-actions">
        <button type="button" disabled={isBusy} onClick={() => void networkFile('gexf')}>
          {t('io.gexf')}
        </button>
        <button type="button" disabled={isBusy} onClick={() => void networkFile('graphml')}>
          {t('io.graphml')}
        </button>
      </div>
      <p role="status" className="muted">
        {isBusy ? t('io.preparing') : ''}
      </p>
      {isBusy && workerShare !== null && (
        <progress className="io-progress" max={1} value={workerShare} aria-label={t('io.preparing')} />
      )}
      {cellNotice && <p data-testid="export-cell-notice">{cellNotice}</p>}
    </section>
  );
}
