import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';
import type { ArchiveConflictKind } from '@suunta/shared-domain';
import { COUNT_ORDER } from './archive-view.util';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('archive translations', () => {
  it('has every key in fi, sv and en', () => {
    expect(keys(sv).sort()).toEqual(keys(fi).sort());
    expect(keys(en).sort()).toEqual(keys(fi).sort());
  });

  it('words every kind the preview counts and every conflict it lists', () => {
    const conflicts: ArchiveConflictKind[] = ['strategy_key_taken', 'strategy_title_period', 'focus_area_keys_taken', 'plan_code_taken', 'survey_already_imported', 'report_exists', 'meeting_code_taken'];
    for (const lang of [fi, sv, en]) {
      expect(COUNT_ORDER.filter((k) => !(k in lang.kinds))).toEqual([]);
      expect(conflicts.filter((k) => !(k in lang.conflict))).toEqual([]);
    }
  });
});
