import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Our machines are shared and their speed varies 2x: a timeout is a hang guard, not a
    // speed check (tests do not time things), so it leaves room for a loaded machine.
    testTimeout: 30_000,
    // Sync tests start a team server in beforeAll: seconds on a loaded machine.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'renderer/**/*.test.ts',
            'shared/**/*.test.ts',
          ],
          setupFiles: ['test/setup/indexeddb.ts', 'test/setup/noTeam.ts', 'test/setup/messageProblems.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx'],
          setupFiles: [
            'test/setup/indexeddb.ts',
            'test/setup/noTeam.ts',
            'test/setup/dom.ts',
            'test/setup/messageProblems.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          maxWorkers: 2,
          retry: 0,
        },
      },
    ],
  },
});
