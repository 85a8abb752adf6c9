import { useRef, useState } from 'react';
import { RecordGoneError } from '../../db/recordGone';
import type { TableName } from '../../db/schema';

/**
 * A form whose record may be deleted while it is open. Finding it gone is not an error notice:
 * the form says so (RecordGoneNote) and stays open, so the user can copy what they typed.
 */
export function useRecordGone(onClose: () => void) {
  const [goneTable, setGoneTable] = useState<TableName | null>(null);
  // Read right after the save, before React has re-rendered with the new state.
  const wasGone = useRef(false);

  async function saveUnlessGone(save: () => Promise<void>): Promise<void> {
    wasGone.current = false;
    try {
      await save();
    } catch (error) {
      if (!(error instanceof RecordGoneError)) throw error;
      wasGone.current = true;
      setGoneTable(error.table);
    }
  }

  /** For useFormSave's onSaved: closes after a save, not after finding the record gone. */
  function closeIfSaved() {
    if (!wasGone.current) onClose();
  }

  return { goneTable, saveUnlessGone, closeIfSaved };
}
