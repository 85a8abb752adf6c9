import type { Core } from 'cytoscape';
import { useState } from 'react';
import { localIsoDate } from '../../../shared/domain/common';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useNotify } from '../../app/notifications/useNotify';
import { useT } from '../../i18n/useT';
import { platform } from '../../platform/platform';
import { useFileExport } from '../import-export/useFileExport';
import { useStakeholderOptions } from '../stakeholders/useStakeholderOptions';
import { useLegendLabels } from './MapLegend';
import type { MapFilterState } from './mapFilters';
import type { MapOptions } from './mapModel';
import { mapToSvg } from './mapPicture';
import { mapPictureFileName } from './mapPictureName';
import { svgToPdf, svgToPng } from './mapPictureFiles';
import type { FocusDepth } from './neighbourhood';
import { pictureFrame, shownOnMap, type PictureTime } from './pictureFrame';

interface MapPictureMenuProps {
  getMap: () => Core | null;
  stakeholders: readonly Stakeholder[];
  filters: MapFilterState;
  options: MapOptions;
  /** The days the map shows, as its summary says them (timeSummaryOf); null or absent: today's network. */
  time?: PictureTime | null;
  /** What the filters leave (mapVisibility's stakeholderIds): an overview's group counts only these. */
  shownIds?: ReadonlySet<string>;
  /** "Only this neighbourhood" is on: the selected stakeholder and the depth shown. */
  neighbourhood?: { stakeholderId: string; depth: FocusDepth } | null;
}

/** PNG, SVG and PDF of the map as it is shown, each with a title, the date, what is shown and a legend. */
export function MapPictureMenu(props: MapPictureMenuProps) {
  const { getMap, stakeholders, filters, options, time = null, shownIds, neighbourhood = null } = props;
  const { t, tOr, formatDate } = useT();
  const picture = useFileExport();
  const { notify, notifyError } = useNotify();
  const [isSavingPdf, setIsSavingPdf] = useState(false);
  const choices = useStakeholderOptions();
  const legendLabels = useLegendLabels();

  function framedSvg(cy: Core): string {
    const shown = shownOnMap(cy, stakeholders, shownIds);
    if (shown.stakeholders.length === 0) throw new Error(t('map.picture.empty'));
    const centre = neighbourhood
      ? stakeholders.find((stakeholder) => stakeholder.id === neighbourhood.stakeholderId)
      : undefined;
    const frame = pictureFrame({
      shown,
      filters,
      options,
      choices,
      legendLabels,
      t,
      tOr,
      date: formatDate(localIsoDate()),
      formatDate,
      time,
      neighbourhood: neighbourhood && centre ? { name: centre.name, depth: neighbourhood.depth } : null,
    });
    return mapToSvg(cy, frame);
  }
  const save = (extension: 'png' | 'svg') => {
    const cy = getMap();
    if (!cy) return;
    void picture.run(async () => {
      const svg = framedSvg(cy);
      return {
        stem: 'mappa',
        fileName: mapPictureFileName(extension, localIsoDate(), time),
        extension,
        data: extension === 'svg' ? svg : await svgToPng(svg),
      };
    });
  };
  async function savePdf() {
    const cy = getMap();
    if (!cy) return;
    setIsSavingPdf(true);
    try {
      const data = await svgToPdf(framedSvg(cy), t('map.picture.title'));
      const suggestedName = mapPictureFileName('pdf', localIsoDate(), time);
      const result = await platform.saveFile({
        suggestedName,
        data,
        mimeType: 'application/pdf',
        filter: { name: 'PDF', extensions: ['pdf'] },
      });
      notify({ message: result.isSaved ? t('io.saved', { file: suggestedName }) : t('io.notSaved') });
    } catch (error) {
      notifyError(error);
    } finally {
      setIsSavingPdf(false);
    }
  }
  const isBusy = picture.isBusy || isSavingPdf;
  return (
    <div className="map-picture-menu" role="group" aria-label={t('map.picture.menu')}>
      <button type="button" disabled={isBusy} onClick={() => save('png')}>
        {t('map.picture.png')}
      </button>
      <button type="button" disabled={isBusy} onClick={() => save('svg')}>
        {t('map.picture.svg')}
      </button>
      <button type="button" disabled={isBusy} onClick={() => void savePdf()}>
        {t('map.picture.pdf')}
      </button>
    </div>
  );
}
