import { GUIDELINES_STAGES, type GuidelinesStage } from '../../../shared/domain/enums';
import { stageColour } from '../map/mapPalette';

/** Stages late in the scale are drawn dark, so their number is written in white. */
const DARK_STAGES: readonly GuidelinesStage[] = ['committed', 'implementing'];

export function stageNumber(stage: GuidelinesStage): number {
  return GUIDELINES_STAGES.indexOf(stage) + 1;
}

/**
 * The stage as colour and as its number in the sequence, so colour is never the only cue.
 * The number is drawn by CSS: it must not join the text of the button that holds it, whose
 * accessible name has to contain its visible text (WCAG 2.5.3).
 */
export function StageMark({ stage }: { stage: GuidelinesStage }) {
  return (
    <span
      className="pi-stage"
      aria-hidden="true"
      data-stage-number={stageNumber(stage)}
      style={{ background: stageColour(stage), color: DARK_STAGES.includes(stage) ? '#fff' : '#1d2a33' }}
    />
  );
}
