import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../renderer/db/schema';

// Screens read through the named queries of renderer/data/ and write through the
// repositories; the lint rule that says so runs in `npm test` (npm run lint). These tests
// check that the rule is there and catches what it is meant to, so that it cannot be
// dropped or narrowed without a test failing.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictionsIn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  const isRestriction = (ruleId: string | null) =>
    ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax';
  return (result?.messages ?? []).filter((message) => isRestriction(message.ruleId)).map((message) => message.message);
}

describe('the data-layer lint rule', () => {
  it.each([
    ['renderer/features/stakeholders/Example.tsx', "import { db } from '../../db/db';\nexport const handle = db;\n"],
    [
      'renderer/features/actions/Example.ts',
      "import type { AgreementRow } from '../../db/db';\nexport type Row = AgreementRow;\n",
    ],
    ['renderer/app/Example.tsx', "import { db } from '../db/db';\nexport const handle = db;\n"],
    [
      'renderer/ui/Example.tsx',
      "import { openTramaDatabase } from '../db/db';\nexport const open = openTramaDatabase;\n",
    ],
    [
      'renderer/features/dashboard/Example.ts',
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const hook = useLiveQuery;\n",
    ],
    ['renderer/features/settings/Example.ts', "import Dexie from 'dexie';\nexport const Database = Dexie;\n"],
  ])('refuses the database module and Dexie in %s', async (filePath, code) => {
    expect(await restrictionsIn(code, filePath)).toHaveLength(1);
  });

  // A table added tomorrow is refused too: the rule does not list the tables.
  it.each([...TABLE_NAMES, 'transaction', 'tables', 'trainingCourses', 'open'])(
    'refuses reading %s through the handle the screens write with',
    async (member) => {
      const code = [
        "import { useDatabase } from '../../data/useDatabase';",
        'export function useRead() {',
        '  const database = useDatabase();',
        `  return database.${member};`,
        '}',
        '',
      ].join('\n');
      expect(await restrictionsIn(code, 'renderer/features/stakeholders/Example.ts')).toHaveLength(1);
    },
  );

  it('lets a screen read fields of its own values with other names', async () => {
    const code =
      'export function mentionsReplaced(erasure: { mentionsReplaced: number }) {\n  return erasure.mentionsReplaced;\n}\n';
    expect(await restrictionsIn(code, 'renderer/features/settings/Example.ts')).toEqual([]);
  });

  it('keeps the rule for Node modules in the screens', async () => {
    expect(
      await restrictionsIn("import fs from 'node:fs';\nexport const files = fs;\n", 'renderer/features/map/Example.ts'),
    ).toHaveLength(1);
  });

  it('lets the data layer, the storage layer and tests use the database', async () => {
    const code = "import { db } from '../db/db';\nexport const handle = db;\n";
    expect(await restrictionsIn(code, 'renderer/data/Example.ts')).toEqual([]);
    expect(
      await restrictionsIn("import { db } from './db';\nexport const handle = db;\n", 'renderer/db/Example.ts'),
    ).toEqual([]);
    const inTest = "import { db } from '../../db/db';\nexport const handle = db;\n";
    expect(await restrictionsIn(inTest, 'renderer/features/stakeholders/Example.test.tsx')).toEqual([]);
  });
});
