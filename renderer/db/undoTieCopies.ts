import { recordLabel } from '../../shared/domain/recordIdentity';
import type { Relationship } from '../../shared/domain/relationship';
import { isWithinTie, storedCopiesOf } from './tieCopies';
import type { TramaDatabase } from './tramaDatabase';
import type { UndoConflict, UndoPlan } from './undoPlan';

/**
 * Takes out of the plan each relationship that would come back beside a copy of it (tieCopies.ts)
 * entered since, as the forms refuse to store one: deleted, then entered again, then the deletion
 * undone. A copy last written before the relationship itself already stood beside it before the
 * change (two copies from an older backup): Undo puts that one back. Call in Undo's transaction,
 * after planUndo: nothing points at a relationship, so holding one back holds back nothing else.
 */
export async function holdBackTieCopies(db: TramaDatabase, plan: UndoPlan): Promise<UndoConflict[]> {
  const images = plan.restores.get('relationships') as Map<string, Relationship> | undefined;
  if (!images || images.size === 0) return [];
  // Rows this Undo puts back or deletes are not there as they are now; those put back stood together before.
  const replaced = new Set([...images.keys(), ...(plan.deletes.get('relationships')?.keys() ?? [])]);
  const held: Relationship[] = [];
  for (const [key, image] of images) {
    const now = await db.relationships.get(key);
    if (now && isWithinTie(image, now)) continue;
    const isOlder = (stored: Relationship) => replaced.has(stored.id) || stored.updatedAt < image.updatedAt;
    if ((await storedCopiesOf(db, image, isOlder)).length > 0) held.push(image);
  }
  if (held.length === 0) return [];
  const ids = [...new Set(held.flatMap((tie) => [tie.sourceId, tie.targetId]))];
  const found = await db.stakeholders.bulkGet(ids);
  const names = new Map(found.flatMap((row, index) => (row ? [[ids[index]!, row.name] as const] : [])));
  for (const tie of held) images.delete(tie.id);
  plan.rowCount -= held.length;
  return held.map((tie) => ({
    table: 'relationships',
    key: tie.id,
    label: recordLabel('relationships', tie, tie.id, (id) => names.get(id)),
    reason: 'duplicate',
  }));
}
