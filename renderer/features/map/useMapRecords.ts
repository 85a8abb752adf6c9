import { useEffect, useState } from 'react';
import { mapRecords } from '../../data/mapQueries';
import { useLiveRead } from '../../data/useLiveRead';
import type { MapIndex } from './mapIndex';
import type { MapRecords } from './mapModel';
import { prepareMapIndex } from './prepareMapIndexes';

/** The records the map draws and the index built from them: they travel together. */
export interface MapData {
  records: MapRecords;
  index: MapIndex;
}

/**
 * Everything the map draws, read live: an edit anywhere shows on the map at once. Records
 * are handed on with their index once it is built (prepareMapIndex); until then the
 * previous ones stay, or, on the first load, none (the page says it is loading).
 */
export function useMapRecords(): MapData | undefined {
  const loaded = useLiveRead(mapRecords, []);
  const [prepared, setPrepared] = useState<MapData | undefined>(undefined);
  useEffect(
    function prepareIndex() {
      if (!loaded) return;
      let isCurrent = true;
      void prepareMapIndex(loaded).then((index) => {
        if (isCurrent) setPrepared({ records: loaded, index });
      });
      return () => {
        isCurrent = false;
      };
    },
    [loaded],
  );
  return prepared;
}
