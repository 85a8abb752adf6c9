import { describe, expect, it } from 'vitest';
import type { Relationship } from '../../../shared/domain/relationship';
import { CUSTOM_TYPE, draftFromRelationship, inputFromRelationshipDraft, relationshipPatch } from './relationshipDraft';

const relationship: Relationship = {
  id: 'r1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  sourceId: 'prefettura',
  targetId: 'cas',
  type: 'co-progettazione',
  isDirected: true,
  strength: 3,
  status: 'active',
  since: '2024-01-01',
  until: null,
  notes: '',
};

describe('a relationship seen from either end', () => {
  it('reads as incoming from the target and outgoing from the source', () => {
    expect(draftFromRelationship(relationship, 'cas')).toMatchObject({
      otherId: 'prefettura',
      direction: 'incoming',
      type: CUSTOM_TYPE,
      customType: 'co-progettazione',
    });
    expect(draftFromRelationship(relationship, 'prefettura')).toMatchObject({ otherId: 'cas', direction: 'outgoing' });
  });

  it('writes back the same source, target and type whichever end edits it', () => {
    for (const viewpoint of ['cas', 'prefettura']) {
      const input = inputFromRelationshipDraft(draftFromRelationship(relationship, viewpoint), viewpoint);
      expect(input).toMatchObject({
        sourceId: 'prefettura',
        targetId: 'cas',
        type: 'co-progettazione',
        isDirected: true,
        strength: 3,
        since: '2024-01-01',
        until: null,
      });
    }
  });

  it('keeps the stored ends of an undirected relationship edited from its target', () => {
    const undirected: Relationship = { ...relationship, isDirected: false };
    const draft = { ...draftFromRelationship(undirected, 'cas'), notes: 'Tavolo tecnico' };
    expect(inputFromRelationshipDraft(draft, 'cas', undirected)).toMatchObject({
      sourceId: 'prefettura',
      targetId: 'cas',
      isDirected: false,
      notes: 'Tavolo tecnico',
    });
  });
});

describe('what saving an edited relationship writes', () => {
  it('is the changed fields, with both ends and the direction whenever one of them changed', () => {
    const opened = inputFromRelationshipDraft(draftFromRelationship(relationship, 'cas'), 'cas', relationship);
    expect(relationshipPatch(opened, { ...opened, notes: 'Tavolo tecnico' })).toEqual({ notes: 'Tavolo tecnico' });
    expect(relationshipPatch(opened, { ...opened, sourceId: 'asl' })).toEqual({
      sourceId: 'asl',
      targetId: 'cas',
      isDirected: true,
    });
  });
});
