import type { Core } from 'cytoscape';
import type { Stakeholder } from '../../../shared/domain/stakeholder';
import type { I18nValue } from '../../i18n/I18nContext';
import type { Option } from '../../ui/fields';
import { LEGEND_HIDDEN } from './legendChoice';
import type { MapFilterState } from './mapFilters';
import { comparisonLines, legendEntries, type LegendLabels } from './mapLegendEntries';
import { groupNodeId, groupOf, type MapOptions } from './mapModel';
import { categoryGroupOf } from './mapOverview';
import type { PictureFrame, PictureLegendEntry } from './mapPictureFrame';
import type { timeSummaryOf } from './mapTime';
import { TIE_GAINED_COLOUR } from './mapTimeLooks';

// What a picture of the map says about itself: what is shown (from the map as drawn, so a
// colour hidden in the legend is left out too), the filters in words, and the legend.

export interface ShownOnMap {
  stakeholders: Stakeholder[];
  relationshipTypes: Set<string>;
  hasAgreements: boolean;
  /** Whether a line drawn has an arrow (a directed relationship). */
  hasDirected: boolean;
  /** Stakeholders on the map but hidden from the legend. */
  hiddenInLegend: Stakeholder[];
  /** How many stakeholders the network has, drawn or not: fewer drawn is no picture of "all". */
  total: number;
}

const isDrawn = (element: { hasClass(name: string): boolean }) =>
  !element.hasClass('filtered-out') && !element.hasClass(LEGEND_HIDDEN);

/**
 * `shownIds`: the stakeholders the filters leave (mapVisibility's stakeholderIds). In an
 * overview a region's or category group's node stands for those of its members only.
 */
export function shownOnMap(cy: Core, stakeholders: readonly Stakeholder[], shownIds?: ReadonlySet<string>): ShownOnMap {
  const drawn = new Set<string>();
  const hidden = new Set<string>();
  // Stakeholders are drawn one by one, or counted in their category group or region (mapOverview.ts).
  cy.nodes('node.stakeholder, node.category-group, node.region-summary').forEach((node) => {
    if (isDrawn(node)) drawn.add(node.id());
    else if (node.hasClass(LEGEND_HIDDEN)) hidden.add(node.id());
  });
  const isIn = (ids: Set<string>, stakeholder: Stakeholder) =>
    (shownIds?.has(stakeholder.id) ?? true) &&
    (ids.has(stakeholder.id) || ids.has(categoryGroupOf(stakeholder)) || ids.has(groupNodeId(groupOf(stakeholder))));
  const relationshipTypes = new Set<string>();
  let hasAgreements = false;
  let hasDirected = false;
  cy.edges().forEach((edge) => {
    if (!isDrawn(edge) || !isDrawn(edge.source()) || !isDrawn(edge.target())) return;
    if (edge.data('arrow') === 'triangle') hasDirected = true;
    if (edge.hasClass('agreement')) hasAgreements = true;
    else if (edge.data('type')) relationshipTypes.add(String(edge.data('type')));
  });
  return {
    stakeholders: stakeholders.filter((stakeholder) => isIn(drawn, stakeholder)),
    hiddenInLegend: stakeholders.filter((stakeholder) => isIn(hidden, stakeholder)),
    relationshipTypes,
    hasAgreements,
    hasDirected,
    total: stakeholders.length,
  };
}

/** The days the map shows (its summary's words, timeSummaryOf); null for today's network. */
export type PictureTime = Pick<NonNullable<ReturnType<typeof timeSummaryOf>>, 'day' | 'from' | 'gained' | 'lost'>;

/** A comparison's lines and ring, as the legend beside the map lists them, drawn as thick and dashed as on the map. */
function comparisonLegend(t: I18nValue['t'], from: string): PictureLegendEntry[] {
  return [
    ...comparisonLines({ gained: t('map.time.legend.gained'), lost: t('map.time.legend.lost') }),
    { label: t('map.time.legend.new', { from }), ring: TIE_GAINED_COLOUR },
    // As faint as the time-unchanged rule of mapStylesheet.ts draws a line.
    { label: t('map.time.legend.unchanged'), colour: '#5b6b7f', lineStyle: 'solid', width: 2, opacity: 0.3 },
  ];
}

export interface PictureFrameInput {
  shown: ShownOnMap;
  filters: MapFilterState;
  options: MapOptions;
  choices: {
    regionsWithNone: readonly Option[];
    categories: readonly Option[];
    sectors: readonly Option[];
    stages: readonly Option[];
  };
  legendLabels: LegendLabels;
  t: I18nValue['t'];
  tOr: I18nValue['tOr'];
  /** Today, as the user reads dates. */
  date: string;
  formatDate: I18nValue['formatDate'];
  time?: PictureTime | null;
  /** "Only this neighbourhood": the selected stakeholder's name and how many steps it reaches. */
  neighbourhood?: { name: string; depth: number } | null;
}

const labelsOf = (values: readonly string[], options: readonly Option[]) =>
  values.map((value) => options.find((option) => option.value === value)?.label ?? value).join(', ');

export function pictureFrame({
  shown,
  filters,
  options,
  choices,
  legendLabels,
  t,
  tOr,
  date,
  formatDate,
  time = null,
  neighbourhood = null,
}: PictureFrameInput): PictureFrame {
  const { stakeholders: query } = filters;
  const parts: Array<[heading: string, values: string]> = [
    [t('map.filter.region'), labelsOf(query.regions, choices.regionsWithNone)],
    [t('map.filter.category'), labelsOf(query.categoryIds, choices.categories)],
    [t('map.filter.sector'), labelsOf(query.sectors, choices.sectors)],
    [t('map.filter.stage'), labelsOf(query.stages, choices.stages)],
    ['#', query.tags.join(', ')],
    [
      t('map.filter.relationshipType'),
      filters.relationshipTypes.map((type) => tOr(`relationshipType.${type}`, type)).join(', '),
    ],
    [
      t('map.filter.agreementStatus'),
      filters.agreementStatuses.map((status) => tOr(`agreementStatus.${status}`, status)).join(', '),
    ],
    [
      t('map.filter.agreementKind'),
      filters.agreementKinds.map((kind) => tOr(`agreementKind.${kind}`, kind)).join(', '),
    ],
  ];
  const narrowedBy = [
    ...parts.filter(([, values]) => values !== '').map(([heading, values]) => `${heading}: ${values}`),
    ...(neighbourhood ? [t('map.picture.neighbourhood', { ...neighbourhood })] : []),
  ];
  // Nothing named narrows the map, yet it draws fewer than there are (a day before some
  // existed, say): "all" would be untrue.
  const isAll = shown.stakeholders.length + shown.hiddenInLegend.length >= shown.total;
  const legend = legendEntries(
    shown.stakeholders,
    shown.relationshipTypes,
    options,
    legendLabels,
    shown.hasAgreements,
    shown.hasDirected,
  );
  const hiddenKeys = new Set(
    shown.hiddenInLegend.map((stakeholder) =>
      options.colourBy === 'sector'
        ? stakeholder.sector
        : options.colourBy === 'stage'
          ? stakeholder.guidelinesStage
          : stakeholder.categoryId,
    ),
  );
  const hiddenLabels = legendEntries(shown.hiddenInLegend, [], options, legendLabels, false)
    .colours.filter((entry) => hiddenKeys.has(entry.key))
    .map((entry) => entry.label);
  const summary = [
    t('map.picture.count', { count: shown.stakeholders.length }),
    ...(narrowedBy.length > 0
      ? narrowedBy
      : [isAll ? t('map.picture.all') : t('map.picture.part', { total: shown.total })]),
    ...(hiddenLabels.length > 0 ? [t('map.picture.hiddenInLegend', { list: hiddenLabels.join(', ') })] : []),
  ].join(' · ');
  // The days in the map summary's own words; "made on" keeps today apart from the day shown.
  const from = time?.from ? formatDate(time.from) : null;
  const timeLines = time
    ? [
        t('map.picture.time.madeOn', { date }),
        [
          t('map.time.summaryAsOf', { day: formatDate(time.day) }),
          ...(from ? [t('map.time.summaryCompare', { from, gained: time.gained, lost: time.lost })] : []),
        ].join(' · '),
      ]
    : [t('map.picture.date', { date })];
  return {
    title: t('map.picture.title'),
    lines: [...timeLines, t('map.picture.shown', { summary })],
    legend: [
      ...(from ? [{ heading: t('map.time.legend', { from }), entries: comparisonLegend(t, from) }] : []),
      // Colours as squares, as in the legend beside the map: the shape belongs to the next list.
      {
        heading: t('map.legend.colour', { by: t(`map.by.${options.colourBy}`) }),
        entries: legend.colours.map((entry) => ({ ...entry, shape: 'rectangle' })),
      },
      {
        heading: t('map.legend.shape', { by: t(`map.by.${options.shapeBy}`) }),
        entries: legend.shapes.map((entry) => ({ ...entry, colour: '#6b7785' })),
      },
      { heading: t('map.legend.edges'), entries: legend.lines },
    ],
  };
}
