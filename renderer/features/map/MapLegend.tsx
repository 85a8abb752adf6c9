import { useMemo } from 'react';
import { GUIDELINES_STAGES, RELATIONSHIP_TYPES, SECTORS } from '../../../shared/domain/enums';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import { useT } from '../../i18n/useT';
import { useCategories } from '../../ui/useCategories';
import type { MapOptions } from './mapModel';
import {
  AGREEMENT_LOOK,
  categoryColour,
  categoryShape,
  relationshipLook,
  sectorColour,
  sectorShape,
  stageColour,
} from './mapPalette';
import { LineSwatch, ShapeSwatch } from './ShapeSwatch';

interface MapLegendProps {
  stakeholders: readonly Stakeholder[];
  /** The relationship types in use (the map's index). */
  relationshipTypes: readonly string[];
  options: MapOptions;
}

interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  shape: string;
}

/** Only what is on the map: a legend of 19 categories when 4 are used helps no one. */
export function MapLegend({ stakeholders, relationshipTypes, options }: MapLegendProps) {
  const { t, tOr } = useT();
  const { labelOf } = useCategories();
  const entries = useMemo(() => {
    const used = (values: Iterable<string>) => new Set(values);
    const categories = used(stakeholders.map((stakeholder) => stakeholder.categoryId));
    const sectors = used(stakeholders.map((stakeholder) => stakeholder.sector));
    const stages = used(stakeholders.map((stakeholder) => stakeholder.guidelinesStage));
    const byCategory = [...categories].map((id) => ({
      key: id,
      label: labelOf(id),
      colour: categoryColour(id),
      shape: categoryShape(id),
    }));
    const bySector = SECTORS.filter((sector) => sectors.has(sector)).map((sector) => ({
      key: sector,
      label: t(`sector.${sector}`),
      colour: sectorColour(sector),
      shape: sectorShape(sector),
    }));
    const byStage = GUIDELINES_STAGES.filter((stage) => stages.has(stage)).map((stage) => ({
      key: stage,
      label: t(`stage.${stage}`),
      colour: stageColour(stage),
      shape: 'ellipse',
    }));
    const colours: LegendEntry[] =
      options.colourBy === 'sector' ? bySector : options.colourBy === 'stage' ? byStage : byCategory;
    const shapes: LegendEntry[] = options.shapeBy === 'category' ? byCategory : bySector;
    const types = [...relationshipTypes].sort(
      (a, b) =>
        (RELATIONSHIP_TYPES as readonly string[]).indexOf(a) - (RELATIONSHIP_TYPES as readonly string[]).indexOf(b),
    );
    return { colours, shapes, types };
  }, [stakeholders, relationshipTypes, options.colourBy, options.shapeBy, labelOf, t]);

  return (
    <section className="map-legend" aria-label={t('map.legend')} tabIndex={0}>
      <h2>{t('map.legend')}</h2>
      <h3>{t('map.legend.colour', { by: t(`map.by.${options.colourBy}`) })}</h3>
      <ul>
        {entries.colours.map((entry) => (
          <li key={entry.key}>
            <span className="legend-colour" style={{ backgroundColor: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
      <h3>{t('map.legend.shape', { by: t(`map.by.${options.shapeBy}`) })}</h3>
      <ul>
        {entries.shapes.map((entry) => (
          <li key={entry.key}>
            <ShapeSwatch shape={entry.shape} />
            {entry.label}
          </li>
        ))}
      </ul>
      <p className="muted">{t('map.legend.size', { by: t(`map.by.${options.sizeBy}`) })}</p>
      <h3>{t('map.legend.edges')}</h3>
      <ul>
        {entries.types.map((type) => (
          <li key={type}>
            <LineSwatch {...relationshipLook(type)} />
            {tOr(`relationshipType.${type}`, type)}
          </li>
        ))}
        {options.showAgreements && (
          <li>
            <LineSwatch {...AGREEMENT_LOOK} />
            {t('map.legend.agreement')}
          </li>
        )}
        <li>
          <LineSwatch colour="#37474f" lineStyle="solid" hasArrow />
          {t('map.legend.directed')}
        </li>
        <li className="muted">{t('map.legend.inactive')}</li>
      </ul>
    </section>
  );
}
