import type { TableName } from './schema';

/**
 * An update found nothing to change: the record was deleted after the form opened (by Undo,
 * in another window, or by a teammate's deletion arriving by sync). A form tells the user in
 * their language and offers to close; the id is for the console, never for the screen.
 */
export class RecordGoneError extends Error {
  readonly table: TableName;
  readonly id: string;

  constructor(table: TableName, id: string) {
    super(`${table} ${id} does not exist (deleted meanwhile)`);
    this.name = 'RecordGoneError';
    this.table = table;
    this.id = id;
  }
}
