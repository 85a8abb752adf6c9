import { describe, expect, it } from 'vitest';
import { groupByCell, isScored, scoresAfterKey } from './gridModel';

describe('scoresAfterKey', () => {
  it('moves up for more influence and right for more interest, one step at a time', () => {
    expect(scoresAfterKey('ArrowUp', { influence: 3, interest: 3 })).toEqual({ influence: 4, interest: 3 });
    expect(scoresAfterKey('ArrowDown', { influence: 3, interest: 3 })).toEqual({ influence: 2, interest: 3 });
    expect(scoresAfterKey('ArrowRight', { influence: 3, interest: 3 })).toEqual({ influence: 3, interest: 4 });
    expect(scoresAfterKey('ArrowLeft', { influence: 3, interest: 3 })).toEqual({ influence: 3, interest: 2 });
  });

  it('stops at the edges of the grid and ignores other keys', () => {
    expect(scoresAfterKey('ArrowUp', { influence: 5, interest: 1 })).toBeNull();
    expect(scoresAfterKey('ArrowLeft', { influence: 5, interest: 1 })).toBeNull();
    expect(scoresAfterKey('Enter', { influence: 3, interest: 3 })).toBeNull();
  });
});

describe('groupByCell', () => {
  it('puts stakeholders in their cell, most advanced stage first, then by name', () => {
    const rank = (stage: string) => ['aware', 'committed'].indexOf(stage);
    const cells = groupByCell(
      [
        { name: 'Zeta', influence: 4, interest: 2, guidelinesStage: 'aware' as const },
        { name: 'Alfa', influence: 4, interest: 2, guidelinesStage: 'aware' as const },
        { name: 'Beta', influence: 4, interest: 2, guidelinesStage: 'committed' as const },
        { name: 'Gamma', influence: 1, interest: 5, guidelinesStage: 'aware' as const },
      ],
      rank,
    );
    expect(cells.get('4:2')?.map((member) => member.name)).toEqual(['Beta', 'Alfa', 'Zeta']);
    expect(cells.get('1:5')?.map((member) => member.name)).toEqual(['Gamma']);
  });

  it('leaves out of the grid scores outside 1–5', () => {
    expect(isScored({ influence: 0, interest: 3 })).toBe(false);
    expect(isScored({ influence: 5, interest: 1 })).toBe(true);
  });
});
