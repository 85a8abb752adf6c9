import type { ChangeStamps } from './rowStamps';
import type { TableName } from './schema';
import type { RestoredWith, UndoableChange } from './undoableChange';

declare const stamped: unique symbol;

/**
 * A change with the state its own transaction left: how every touched row stood at its
 * commit, and whether each record its before-images point at existed then (true, false, or
 * absent when the transaction could not see that table). Only stampChange (undo.ts) makes
 * one, and only undoChange takes one: there is no Undo that does not check for later edits.
 */
export interface StampedChange {
  readonly [stamped]: true;
  readonly before: UndoableChange['before'];
  readonly created: UndoableChange['created'];
  readonly restoredWith: RestoredWith[];
  readonly after: ChangeStamps;
  readonly targetsThen: ReadonlyMap<TableName, ReadonlyMap<string, boolean>>;
}

/** A stamped change before stampChange marks it as one. */
export type UnmarkedStampedChange = Omit<StampedChange, typeof stamped>;
