import { foldForMatching } from '../../shared/domain/regions';

/**
 * Items' search texts folded for matching (foldForMatching), each once: when a search
 * first reaches it, or meanwhile a slice per task in the background. Folding 50,000
 * names at once froze the window for about 200 ms.
 */
export class FoldedTexts {
  private readonly folded: Array<string | undefined>;
  private foldedUpTo = 0;

  constructor(
    readonly length: number,
    private readonly textAt: (index: number) => string,
  ) {
    this.folded = new Array<string | undefined>(length);
  }

  at(index: number): string {
    return (this.folded[index] ??= foldForMatching(this.textAt(index)));
  }

  /** Folds what is left, `sliceSize` texts per task; returns a function that stops it. */
  foldInBackground(sliceSize = 2_000): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const foldSlice = () => {
      const end = Math.min(this.length, this.foldedUpTo + sliceSize);
      for (; this.foldedUpTo < end; this.foldedUpTo += 1) this.at(this.foldedUpTo);
      timer = this.foldedUpTo < this.length ? setTimeout(foldSlice, 0) : undefined;
    };
    timer = setTimeout(foldSlice, 0);
    return () => clearTimeout(timer);
  }
}
