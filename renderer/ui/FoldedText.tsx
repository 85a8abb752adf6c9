import { useState } from 'react';
import { useT } from '../i18n/useT';
import './forms.css';

/** Longer than this (characters or lines) and a text is folded: notes run to 20,000 characters. */
const FOLD_AT_CHARACTERS = 600;
const FOLD_AT_LINES = 8;
/** How far back from the fold to look for a space, so no word is cut in two. */
const WORD_SEARCH = 80;

/** Where a long text is cut while folded, or null when it is short enough to show whole. */
export function foldPoint(text: string): number | null {
  let cut = Math.min(text.length, FOLD_AT_CHARACTERS);
  let newlines = 0;
  for (let index = 0; index < cut; index += 1) {
    if (text[index] === '\n' && ++newlines === FOLD_AT_LINES) {
      cut = index;
      break;
    }
  }
  if (cut >= text.length) return null;
  const space = text.lastIndexOf(' ', cut);
  return space > cut - WORD_SEARCH && space > 0 ? space : cut;
}

interface FoldedTextProps {
  text: string;
  /** The element holding the text: a paragraph, or a definition in a <dl>. */
  as?: 'p' | 'dd' | 'div';
  className?: string;
}

/** A long text (notes, objectives) shown folded, with "Show more" / "Show less". */
export function FoldedText({ text, as: Holder = 'p', className = 'notes' }: FoldedTextProps) {
  const { t } = useT();
  const [isOpen, setIsOpen] = useState(false);
  const cut = foldPoint(text);
  if (cut === null) return <Holder className={className}>{text}</Holder>;
  return (
    <Holder className={className}>
      {isOpen ? text : `${text.slice(0, cut).trimEnd()}…`}
      <button
        type="button"
        className="button-quiet button-small folded-text-toggle"
        aria-expanded={isOpen}
        onClick={() => setIsOpen((open) => !open)}
      >
        {isOpen ? t('forms.notes.less') : t('forms.notes.more')}
      </button>
    </Holder>
  );
}
