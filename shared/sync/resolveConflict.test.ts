import { describe, expect, it } from 'vitest';
import { stakeholderSchema } from '../domain/stakeholder';
import { KEPT_BOTH_BLOCK_SEPARATOR, KEPT_BOTH_SEPARATOR } from './keptBoth';
import { resolvedRecord } from './resolveConflict';

const NOW = '2026-12-06T12:00:00.000Z';
const winner = stakeholderSchema.parse({
  id: 's-1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
  name: 'ASL Roma 1 – Centro',
  categoryId: 'local-health-authority',
  level: 'local',
  region: 'lazio',
  province: 'RM',
  sector: 'health',
  tags: ['salute'],
  notes: 'Riunione a gennaio.\nReferente: dott.ssa Bianchi',
  influence: 4,
  interest: 3,
  attitude: 'supporter',
  guidelinesStage: 'aware',
});
const other = {
  ...winner,
  updatedAt: '2026-12-03T10:00:00.000Z',
  name: 'ASL Roma 1',
  tags: ['salute', 'prefettura'],
  notes: 'Riunione a febbraio.',
  influence: 5,
};

describe('the record a resolution writes', () => {
  it('keeps the winner or the other version whole, with the resolution’s time', () => {
    expect(resolvedRecord('stakeholders', [winner, other], { kind: 'keep', version: 0 }, NOW)).toEqual({
      ok: true,
      record: { ...winner, updatedAt: NOW },
    });
    expect(resolvedRecord('stakeholders', [winner, other], { kind: 'keep', version: 1 }, NOW)).toEqual({
      ok: true,
      record: { ...other, updatedAt: NOW },
    });
  });

  it('takes field by field from either version, the winner’s value where nothing is chosen', () => {
    const resolved = resolvedRecord(
      'stakeholders',
      [winner, other],
      {
        kind: 'fields',
        choices: { influence: { kind: 'version', version: 1 }, name: { kind: 'version', version: 0 } },
      },
      NOW,
    );
    expect(resolved).toEqual({ ok: true, record: { ...winner, influence: 5, updatedAt: NOW } });
  });

  it('keeps both texts joined visibly, on lines of their own when one has several, and both lists’ items', () => {
    const resolved = resolvedRecord(
      'stakeholders',
      [winner, other],
      { kind: 'fields', choices: { name: { kind: 'both' }, notes: { kind: 'both' }, tags: { kind: 'both' } } },
      NOW,
    );
    expect(resolved.ok && resolved.record).toMatchObject({
      name: `ASL Roma 1 – Centro${KEPT_BOTH_SEPARATOR}ASL Roma 1`,
      notes: `${winner.notes}${KEPT_BOTH_BLOCK_SEPARATOR}Riunione a febbraio.`,
      tags: ['salute', 'prefettura'],
      influence: 4,
    });
  });

  it('refuses a join its field does not accept (too long, not an address), rather than cutting or storing it', () => {
    const longWinner = { ...winner, name: 'a'.repeat(200) };
    const longOther = { ...other, name: 'b'.repeat(200) };
    expect(
      resolvedRecord(
        'stakeholders',
        [longWinner, longOther],
        { kind: 'fields', choices: { name: { kind: 'both' } } },
        NOW,
      ),
    ).toEqual({ ok: false, problems: [{ kind: 'cannot-keep-both', field: 'name' }] });
    const sites = [
      { ...winner, website: 'https://asl.caserta.it' },
      { ...other, website: 'https://www.aslcaserta.it' },
    ];
    expect(
      resolvedRecord('stakeholders', sites, { kind: 'fields', choices: { website: { kind: 'both' } } }, NOW),
    ).toEqual({ ok: false, problems: [{ kind: 'cannot-keep-both', field: 'website' }] });
  });

  it.each([
    ['a version that does not exist', { kind: 'keep', version: 2 }, { kind: 'no-such-version', version: 2 }],
    ['a negative version', { kind: 'keep', version: -1 }, { kind: 'no-such-version', version: -1 }],
    [
      'a field that does not differ',
      { kind: 'fields', choices: { city: { kind: 'version', version: 1 } } },
      { kind: 'not-a-difference', field: 'city' },
    ],
    [
      'a prototype key',
      { kind: 'fields', choices: JSON.parse('{"__proto__": {"kind": "both"}}') as Record<string, never> },
      { kind: 'not-a-difference', field: '__proto__' },
    ],
    [
      'both values of a number',
      { kind: 'fields', choices: { influence: { kind: 'both' } } },
      { kind: 'cannot-keep-both', field: 'influence' },
    ],
    [
      'a field from a version that does not exist',
      { kind: 'fields', choices: { influence: { kind: 'version', version: 9 } } },
      { kind: 'no-such-version', version: 9 },
    ],
  ] as const)('refuses %s', (_case, resolution, problem) => {
    expect(resolvedRecord('stakeholders', [winner, other], resolution, NOW)).toEqual({
      ok: false,
      problems: [problem],
    });
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('keeps the record’s id and creation time whatever version a field comes from', () => {
    const tampered = { ...other, createdAt: '2020-01-01T00:00:00.000Z' };
    const resolved = resolvedRecord('stakeholders', [winner, tampered], { kind: 'keep', version: 1 }, NOW);
    expect(resolved.ok && resolved.record.createdAt).toBe(winner.createdAt);
  });
});
