import { LANGUAGES, type Language } from '../../../shared/domain/enums';
import { foldForMatching } from '../../../shared/domain/regions';
import type { EnumKind, ExportLabels } from '../../../shared/io/exportData';
import type { ValueRecogniser } from '../../../shared/io/importPreview';
import { enumMessages } from '../../i18n/enums.messages';
import { translateOr } from '../../i18n/translate';

// The words of exports in the interface language, and the way back: an imported cell that
// says "Impegnato" or "Committed" is the stored value "committed".

export function exportLabels(language: Language, categoryLabel: (id: string) => string): ExportLabels {
  return {
    header: (key, own) => own?.[language] ?? translateOr(language, `export.header.${key}`, key),
    sheet: (key) => translateOr(language, `export.sheet.${key}`, key),
    value: (kind, value) => translateOr(language, `${kind}.${value}`, value),
    category: categoryLabel,
    yes: translateOr(language, 'common.yes', 'yes'),
    no: translateOr(language, 'common.no', 'no'),
  };
}

const labelIndex = new Map<string, string>();
for (const language of LANGUAGES) {
  for (const [key, label] of Object.entries(enumMessages[language]))
    labelIndex.set(`${key.slice(0, key.indexOf('.'))}|${foldForMatching(label)}`, key.slice(key.indexOf('.') + 1));
}

export const recogniseEnumLabel: ValueRecogniser = (kind: EnumKind, text: string) =>
  labelIndex.get(`${kind}|${foldForMatching(text)}`) ?? null;
