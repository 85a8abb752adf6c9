import { useEffect, useState } from 'react';
import { readStorageState, type StorageState } from '../../db/storage';

export function useStorageState(): StorageState | null {
  const [state, setState] = useState<StorageState | null>(null);
  useEffect(function readOnce() {
    let isCurrent = true;
    void readStorageState().then((next) => isCurrent && setState(next));
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
