import { GUIDELINES_STAGES, type GuidelinesStage } from '../../../shared/domain/enums';
import { stageColour } from '../map/mapPalette';

/** Stages late in the scale are drawn dark, so their number is written in white. */
const DARK_STAGES: readonly GuidelinesStage[] = ['committed', 'implementing'];

export function stageNumber(stage: GuidelinesStage): number {
  return GUIDELINES_STAGES.indexOf(stage) + 1;
}

/** The stage as colour and as its number in the sequence, so colour is never the only cue. */
export function StageMark({ stage }: { stage: GuidelinesStage }) {
  return (
    <span className="pi-stage" aria-hidden="true" style={{ background: stageColour(stage), color: DARK_STAGES.includes(stage) ? '#fff' : '#1d2a33' }}>
      {stageNumber(stage)}
    </span>
  );
}
