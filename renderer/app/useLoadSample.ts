import { useState } from 'react';
import { localIsoDate } from '../../shared/domain/common';
import { useDatabase } from '../data/useDatabase';
import { loadSampleIntoEmptyDatabase } from '../db/sampleIntoEmpty';

/** Loads the sample network into an empty database (first run, or later from Settings). */
export function useLoadSample() {
  const database = useDatabase();
  const [isLoading, setIsLoading] = useState(false);
  const [hasLoaded, setHasLoaded] = useState(false);

  async function loadSample(): Promise<void> {
    setIsLoading(true);
    try {
      // Loaded on demand: the sample's code is not part of the app's start-up.
      const { buildSampleNetwork } = await import('../../shared/sample/sampleNetwork');
      const today = localIsoDate();
      await loadSampleIntoEmptyDatabase(database, buildSampleNetwork(today), today);
      setHasLoaded(true);
    } finally {
      setIsLoading(false);
    }
  }

  return { isLoading, hasLoaded, loadSample };
}
