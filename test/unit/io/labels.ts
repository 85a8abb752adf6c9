import { categoryLabel } from '../../../shared/domain/categories';
import type { ExportLabels } from '../../../shared/io/exportData';

/** Plain labels for tests: the key itself, English category names. */
export const TEST_LABELS: ExportLabels = {
  header: (key) => key,
  sheet: (key) => key,
  value: (kind, value) => `${kind}:${value}`,
  category: (id) => categoryLabel(id, 'en'),
  yes: 'yes',
  no: 'no',
};
