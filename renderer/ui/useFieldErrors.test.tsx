import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Language } from '../../shared/domain/enums';
import { parseOrThrow } from '../../shared/domain/validation';
import { I18nProvider } from '../i18n/I18nProvider';
import { useFieldErrors } from './useFieldErrors';

// A refused value says the limit it broke, in the interface's language, so that the person can
// shorten a note to fit instead of guessing.

const schema = z.object({
  notes: z.string().max(20_000),
  tags: z.array(z.string()).max(50),
  title: z.string().min(1, 'required'),
});

function Probe({ value }: { value: unknown }) {
  const { capture, errorFor } = useFieldErrors();
  return (
    <>
      <button type="button" onClick={() => capture(catchError(() => parseOrThrow(schema, value)))}>
        check
      </button>
      <p data-testid="notes">{errorFor('notes')}</p>
      <p data-testid="tags">{errorFor('tags')}</p>
      <p data-testid="title">{errorFor('title')}</p>
    </>
  );
}

function catchError(run: () => unknown): unknown {
  try {
    run();
    return undefined;
  } catch (error) {
    return error;
  }
}

function errorsIn(language: Language, value: unknown) {
  render(
    <I18nProvider initialLanguage={language}>
      <Probe value={value} />
    </I18nProvider>,
  );
  act(() => screen.getByRole('button', { name: 'check' }).click());
  return {
    notes: screen.getByTestId('notes').textContent,
    tags: screen.getByTestId('tags').textContent,
    title: screen.getByTestId('title').textContent,
  };
}

const hostile = {
  notes: '\u0000\u202e'.repeat(10_001) + 'x',
  tags: Array.from({ length: 51 }, (_, index) => `__proto__${index}`),
  title: '',
};

describe('useFieldErrors', () => {
  it('says the maximum of a text that is too long and of a list with too many entries, in English', () => {
    expect(errorsIn('en', hostile)).toEqual({
      notes: 'Too long: at most 20,000 characters.',
      tags: 'Too many: at most 50.',
      title: 'Required.',
    });
  });

  it('says the same limits in Italian, with Italian number formatting', () => {
    expect(errorsIn('it', hostile)).toEqual({
      notes: 'Troppo lungo: al massimo 20.000 caratteri.',
      tags: 'Troppi elementi: al massimo 50.',
      title: 'Obbligatorio.',
    });
  });
});
