import { describe, expect, it } from 'vitest';
import { isPlainFileName, saveFileRequestSchema } from '../../../shared/ipc/contract';
import { personalDataFileName } from './personalDataFileName';

describe('personalDataFileName', () => {
  it('names the file after the person, without accents or punctuation', () => {
    expect(personalDataFileName('Giovanna Esposito-Lùcà')).toBe('trama-dati-personali-Giovanna-Esposito-Luca.json');
  });

  it('gives a name the desktop save accepts for the longest name a contact may have', () => {
    const longest = 'Ä'.repeat(100) + ' ' + 'b'.repeat(99);
    const fileName = personalDataFileName(longest);
    expect(isPlainFileName(fileName)).toBe(true);
    expect(saveFileRequestSchema.safeParse({ suggestedName: fileName, data: '{}' }).success).toBe(true);
  });

  it('falls back to a neutral name when nothing of the name is left', () => {
    expect(personalDataFileName('‮ ')).toBe('trama-dati-personali-contatto.json');
  });
});
