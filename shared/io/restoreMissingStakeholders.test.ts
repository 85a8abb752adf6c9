import { describe, expect, it } from 'vitest';
import { REFERENCES, valuesAt } from '../domain/references';
import { buildSampleNetwork } from '../sample/sampleNetwork';
import { emptyBackupTables } from '../../test/support/backupTables';
import type { BackupTables } from './backup';
import { NO_MISSING_STAKEHOLDERS } from './restoreMissingStakeholders';
import { NOTHING_LEFT_OUT, planRestore, tablesToRestore } from './restorePlan';

// A malformed backup (edited by hand, or cut short) may hold records that point at
// stakeholders it lacks. Restored, a contact person of no stakeholder is in no contact list:
// it would be in the database and nowhere on screen. The restore leaves such records out as
// deleting those stakeholders would (shared/domain/references.ts), and the preview says so.

/** The sample's programmes are built apart (sample.ts): its records name programmes it lacks. */
const intactSample = (): BackupTables => ({ ...emptyBackupTables(), ...buildSampleNetwork('2026-11-22') });

function backupWithoutOneStakeholder(): { tables: BackupTables; goneId: string } {
  const network = buildSampleNetwork('2026-11-22');
  const gone = network.stakeholders.find(
    (stakeholder) =>
      network.contacts.some((contact) => contact.stakeholderId === stakeholder.id) &&
      network.relationships.some((tie) => tie.sourceId === stakeholder.id || tie.targetId === stakeholder.id) &&
      network.actions.some((action) => action.targetIds.includes(stakeholder.id)),
  )!;
  const tables: BackupTables = {
    ...emptyBackupTables(),
    ...network,
    stakeholders: network.stakeholders.filter((stakeholder) => stakeholder.id !== gone.id),
    mapPositions: [{ viewId: 'default:force', stakeholderId: gone.id, x: 1, y: 2 }],
  };
  return { tables, goneId: gone.id };
}

/** Every reference of the tables to a record they do not hold, as "<table>.<path> → <id>". */
function danglingIn(tables: BackupTables): string[] {
  const idsOf = (table: keyof BackupTables) =>
    new Set((tables[table] as Array<{ id?: unknown }>).map((row) => String(row.id)));
  return REFERENCES.flatMap((reference) => {
    const held = idsOf(reference.to as keyof BackupTables);
    return (tables[reference.from as keyof BackupTables] as unknown[]).flatMap((row) =>
      valuesAt(row, reference.path)
        .filter((id) => !held.has(id))
        .map((id) => `${reference.from}.${reference.path} → ${id}`),
    );
  });
}

describe('a backup whose records point at stakeholders it lacks', () => {
  it('restores nothing that points at nothing', () => {
    const { tables } = backupWithoutOneStakeholder();
    const danglingBefore = danglingIn(intactSample());
    expect(danglingIn(tables).length).toBeGreaterThan(danglingBefore.length);
    const restored = tablesToRestore(tables);
    const newlyDangling = danglingIn(restored).filter(
      (reference) => !danglingBefore.includes(reference) && !reference.startsWith('mapPositions.'),
    );
    expect(newlyDangling, 'records restored pointing at a stakeholder the backup lacks').toEqual([]);
  });

  it('leaves out what needs the stakeholder, keeps the rest without it, and counts both', () => {
    const { tables, goneId } = backupWithoutOneStakeholder();
    const { tables: restored, missingStakeholders } = planRestore(tables);
    const count = <Row>(rows: readonly Row[], test: (row: Row) => boolean) => rows.filter(test).length;
    const contacts = count(tables.contacts, (contact) => contact.stakeholderId === goneId);
    const ties = count(tables.relationships, (tie) => tie.sourceId === goneId || tie.targetId === goneId);
    const targeting = count(tables.actions, (action) => action.targetIds.includes(goneId));
    expect(missingStakeholders.stakeholders).toBe(1);
    expect(missingStakeholders.leftOut).toEqual(
      expect.arrayContaining([
        { table: 'contacts', count: contacts },
        { table: 'relationships', count: ties },
      ]),
    );
    // Layout the map keeps by itself, harmless without its node: restored as it was.
    expect(restored.mapPositions).toEqual(tables.mapPositions);
    expect(missingStakeholders.trimmed).toEqual(expect.arrayContaining([{ table: 'actions', count: targeting }]));
    expect(restored.contacts).toHaveLength(tables.contacts.length - contacts);
    expect(restored.actions).toHaveLength(tables.actions.length);
    // The backup itself is not changed.
    expect(tables.contacts.some((contact) => contact.stakeholderId === goneId)).toBe(true);
  });

  it('changes nothing in a backup whose records all point at what it holds', () => {
    const tables = intactSample();
    const { tables: restored, missingStakeholders } = planRestore(tables);
    expect(missingStakeholders).toEqual({ stakeholders: 0, leftOut: [], trimmed: [] });
    expect(restored.contacts).toBe(tables.contacts);
    expect(restored.actions).toBe(tables.actions);
  });

  it('counts the stakeholders held here as present, as a merge keeps them', () => {
    const { tables, goneId } = backupWithoutOneStakeholder();
    const { tables: restored, missingStakeholders } = planRestore(tables, NOTHING_LEFT_OUT, new Set([goneId]));
    expect(missingStakeholders, 'records planned as pointing at nothing, whose stakeholder is here').toEqual(
      NO_MISSING_STAKEHOLDERS,
    );
    expect(restored.contacts).toBe(tables.contacts);
    expect(restored.relationships).toBe(tables.relationships);
    expect(restored.actions).toBe(tables.actions);
  });
});
