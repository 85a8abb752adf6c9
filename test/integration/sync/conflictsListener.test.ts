import { describe, expect, it } from 'vitest';
import { createStakeholder } from '../../../renderer/db/repositories/stakeholders';
import { stakeholderInput } from '../../support/builders';
import { eventually, teamPerFile } from '../../support/syncLaptops';

// Settings → Team lists the conflicts again after each status the engine publishes
// (features/team/ConflictsList.tsx). Listing them settles the engine first; a settle that
// found nothing to do must not publish again, or the list and the engine would feed each
// other without end (every round a few IndexedDB transactions and a render, all through a
// first pull that the page watches).

/** More listings than any burst of real events could cause: reaching it means they feed each other. */
const RUNAWAY = 40;

const team = teamPerFile();

describe('a listener that lists conflicts after each status', () => {
  it('comes to rest once nothing changes', async () => {
    const laptop = team.laptop(await team.database(), 'anna');
    await createStakeholder(laptop.db, stakeholderInput({ name: 'ASL Roma 1' }));
    await laptop.engine.start();
    await eventually(
      async () => laptop.engine.status(),
      (status) => expect(status).toEqual({ kind: 'synced' }),
    );
    const listings: Array<Promise<unknown>> = [];
    laptop.engine.subscribe(() => {
      if (listings.length < RUNAWAY) listings.push(laptop.engine.conflicts());
    });
    listings.push(laptop.engine.conflicts());
    // Each listing may cause the next: follow the chain until it ends, or runs away.
    for (let handled = 0; handled < listings.length; handled++) await listings[handled];
    expect(listings.length).toBeLessThan(RUNAWAY);
    expect(await laptop.engine.conflicts()).toEqual([]);
  });
});
