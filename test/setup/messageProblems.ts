import { afterEach } from 'vitest';
import { takeReportedMessageProblems } from '../../renderer/i18n/messageFormat';

// A message that is missing or malformed only reaches the console (the screen shows the key
// or the raw text), so a test would pass over it. Every test that shows a message fails
// instead; a test that feeds an unknown code on purpose takes the problems itself.
afterEach(() => {
  const problems = takeReportedMessageProblems();
  if (problems.length > 0) throw new Error(`Messages missing or malformed: ${problems.join('; ')}`);
});
