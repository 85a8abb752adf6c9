import { beforeEach } from 'vitest';
import { setTeamMember } from '../../renderer/sync/teamMember';

// A test runs as a window known to be in no team (the app learns it from its settings at
// start-up): writes leave no outbox rows, unless the test joins a team itself.
beforeEach(() => {
  setTeamMember(null);
});
