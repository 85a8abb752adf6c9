import { afterEach, describe, expect, it, vi } from 'vitest';
import { FoldedTexts } from './foldedTexts';

describe('FoldedTexts', () => {
  afterEach(() => void vi.useRealTimers());

  it('folds a text when it is first asked for, and only once', () => {
    const textAt = vi.fn((index: number) => ['Città di Napoli', 'ASL Roma_1'][index]!);
    const texts = new FoldedTexts(2, textAt);
    expect(texts.at(0)).toBe('citta di napoli');
    expect(texts.at(0)).toBe('citta di napoli');
    expect(textAt).toHaveBeenCalledTimes(1);
    expect(texts.at(1)).toBe('asl roma 1');
  });

  it('folds the rest a slice per task in the background, until stopped', () => {
    vi.useFakeTimers();
    const textAt = vi.fn((index: number) => `Comune ${index}`);
    const texts = new FoldedTexts(10, textAt);
    const stop = texts.foldInBackground(4);
    expect(textAt).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(textAt).toHaveBeenCalledTimes(4);
    vi.advanceTimersToNextTimer();
    expect(textAt).toHaveBeenCalledTimes(8);
    stop();
    vi.runAllTimers();
    expect(textAt).toHaveBeenCalledTimes(8);

    texts.foldInBackground(4);
    vi.runAllTimers();
    expect(textAt).toHaveBeenCalledTimes(10);
    expect(texts.at(9)).toBe('comune 9');
    expect(textAt).toHaveBeenCalledTimes(10);
  });
});
