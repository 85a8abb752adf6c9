import { useState } from 'react';
import { MAP_COLOUR_BY, MAP_LAYOUTS, MAP_SIZE_BY } from '../../../shared/domain/organisation';
import { DEFAULT_MAP_OPTIONS, MAP_SHAPE_BY, type MapOptions } from './mapModel';
import { parseFocusDepth, type FocusDepth } from './neighbourhood';

// How the user likes the map drawn is a preference of this computer, not data: it lives
// in localStorage and never travels in backups.

const STORAGE_KEY = 'trama.map.options';

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

export function parseMapOptions(stored: string | null): MapOptions {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = stored ? JSON.parse(stored) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged preference falls back to the defaults.
  }
  return {
    layout: oneOf(MAP_LAYOUTS, raw.layout, DEFAULT_MAP_OPTIONS.layout),
    colourBy: oneOf(MAP_COLOUR_BY, raw.colourBy, DEFAULT_MAP_OPTIONS.colourBy),
    shapeBy: oneOf(MAP_SHAPE_BY, raw.shapeBy, DEFAULT_MAP_OPTIONS.shapeBy),
    sizeBy: oneOf(MAP_SIZE_BY, raw.sizeBy, DEFAULT_MAP_OPTIONS.sizeBy),
    showAgreements: typeof raw.showAgreements === 'boolean' ? raw.showAgreements : DEFAULT_MAP_OPTIONS.showAgreements,
  };
}

export function useMapOptions(): [MapOptions, (options: MapOptions) => void] {
  const [options, setOptions] = useState(() => parseMapOptions(localStorage.getItem(STORAGE_KEY)));
  const update = (next: MapOptions) => {
    setOptions(next);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  };
  return [options, update];
}

// How far a focus reaches (1 or 2 steps) is a preference of the same kind, kept under its
// own key so that the drawing options, which rebuild the map, do not change with it.
const FOCUS_DEPTH_KEY = 'trama.map.focusDepth';

export function useFocusDepth(): [FocusDepth, (depth: FocusDepth) => void] {
  const [depth, setDepth] = useState(() => readFocusDepth(localStorage.getItem(FOCUS_DEPTH_KEY)));
  const update = (next: FocusDepth) => {
    setDepth(next);
    localStorage.setItem(FOCUS_DEPTH_KEY, String(next));
  };
  return [depth, update];
}

export function readFocusDepth(stored: string | null): FocusDepth {
  return parseFocusDepth(stored === null ? null : Number(stored));
}
