import { MAP_COLOUR_BY, MAP_LAYOUTS, MAP_SIZE_BY } from '../../../shared/domain/organisation';
import { useT } from '../../i18n/useT';
import { CheckboxField, SelectField } from '../../ui/fields';
import { MAP_SHAPE_BY, type MapOptions } from './mapModel';

interface MapOptionsBarProps {
  options: MapOptions;
  onChange(options: MapOptions): void;
  onRearrange(): void;
  /** A large network is drawn as groups, whatever the layout: the layout field says so. */
  isOverview?: boolean;
}

/** How the map is drawn: layout, colour, shape, size, agreements (the toolbar's Display panel). */
export function MapOptionsBar({ options, onChange, onRearrange, isOverview = false }: MapOptionsBarProps) {
  const { t } = useT();
  const update = (patch: Partial<MapOptions>) => onChange({ ...options, ...patch });
  return (
    <div className="map-options" role="group" aria-label={t('map.options')}>
      <SelectField
        label={t('map.layout')}
        value={options.layout}
        hint={isOverview ? t('map.layout.overviewHint') : undefined}
        options={MAP_LAYOUTS.map((layout) => ({ value: layout, label: t(`map.layout.${layout}`) }))}
        onChange={(layout) => update({ layout: layout as MapOptions['layout'] })}
      />
      <button type="button" className="map-rearrange" onClick={onRearrange}>
        {t('map.rearrange')}
      </button>
      <SelectField
        label={t('map.colourBy')}
        value={options.colourBy}
        options={MAP_COLOUR_BY.map((by) => ({ value: by, label: t(`map.by.${by}`) }))}
        onChange={(colourBy) => update({ colourBy: colourBy as MapOptions['colourBy'] })}
      />
      <SelectField
        label={t('map.shapeBy')}
        value={options.shapeBy}
        options={MAP_SHAPE_BY.map((by) => ({ value: by, label: t(`map.by.${by}`) }))}
        onChange={(shapeBy) => update({ shapeBy: shapeBy as MapOptions['shapeBy'] })}
      />
      <SelectField
        label={t('map.sizeBy')}
        value={options.sizeBy}
        options={MAP_SIZE_BY.map((by) => ({ value: by, label: t(`map.by.${by}`) }))}
        onChange={(sizeBy) => update({ sizeBy: sizeBy as MapOptions['sizeBy'] })}
      />
      <CheckboxField
        label={t('map.showAgreements')}
        isChecked={options.showAgreements}
        onChange={(showAgreements) => update({ showAgreements })}
      />
    </div>
  );
}
