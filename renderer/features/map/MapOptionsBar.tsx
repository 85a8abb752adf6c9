import { MAP_COLOUR_BY, MAP_LAYOUTS, MAP_SIZE_BY } from '../../../shared/domain/organisation';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { CheckboxField, SelectField } from '../../ui/fields';
import { StakeholderPicker } from '../../ui/StakeholderPicker';
import { MAP_SHAPE_BY, type MapOptions } from './mapModel';

interface MapOptionsBarProps {
  options: MapOptions;
  onChange(options: MapOptions): void;
  onRearrange(): void;
  focusedId: string | null;
  onFocus(stakeholderId: string | null): void;
  /** Everything the map has read, for the search box. */
  stakeholders: readonly Stakeholder[];
  /** A large network is drawn as groups, whatever the layout: the layout field says so. */
  isOverview?: boolean;
}

export function MapOptionsBar({
  options,
  onChange,
  onRearrange,
  focusedId,
  onFocus,
  stakeholders,
  isOverview = false,
}: MapOptionsBarProps) {
  const { t } = useT();
  const update = (patch: Partial<MapOptions>) => onChange({ ...options, ...patch });
  return (
    <div className="map-options" role="group" aria-label={t('map.options')}>
      <div className="map-search" role="search">
        <StakeholderPicker
          stakeholders={stakeholders}
          label={t('map.search')}
          placeholder={t('map.searchPlaceholder')}
          value={focusedId ?? ''}
          onChange={(id) => onFocus(id || null)}
        />
        {focusedId && (
          <button type="button" className="button-quiet" onClick={() => onFocus(null)}>
            {t('map.clearFocus')}
          </button>
        )}
      </div>
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
