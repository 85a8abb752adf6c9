import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/support/builders';
import type { TramaDatabase } from '../db';
import { createBriefing, updateBriefing } from './briefings';

// A save of typed text that meets a change made since the editor last read the briefing (an
// erasure arriving by sync between the editor's read and its write).

let db: TramaDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('saving text typed over a stored value that changed meanwhile', () => {
  it('moves the typing onto the new value instead of writing the old one back', async () => {
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'region', region: 'campania' },
      agenda: '1. Chiamare Giovanna Esempio',
    });
    await updateBriefing(db, briefing.id, { agenda: '1. Chiamare [erased]' });
    const saved = await updateBriefing(
      db,
      briefing.id,
      { agenda: '1. Chiamare Giovanna Esempio\n2. Protocollo' },
      { agenda: '1. Chiamare Giovanna Esempio' },
    );
    expect(saved.agenda).toBe('1. Chiamare [erased]\n2. Protocollo');
    expect((await db.briefings.get(briefing.id))?.agenda).toBe('1. Chiamare [erased]\n2. Protocollo');
  });

  it('saves the typing as it is when nothing changed meanwhile', async () => {
    const briefing = await createBriefing(db, {
      title: 'Tavolo di Caserta',
      source: { kind: 'region', region: 'campania' },
      agenda: '1. Benvenuto',
    });
    const saved = await updateBriefing(db, briefing.id, { title: 'Tavolo ' }, { title: 'Tavolo di Caserta' });
    expect(saved.title).toBe('Tavolo');
  });
});
