import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATEPICKER_LABELS } from './datepicker-intl';

describe('datepicker labels', () => {
  it('are translated in fi, sv and en (apps/web/public/i18n, key datepicker.*)', () => {
    const missing = ['fi', 'sv', 'en'].flatMap((lang) => {
      const texts = JSON.parse(readFileSync(join(__dirname, '../../../../../../apps/web/public/i18n', `${lang}.json`), 'utf8')).datepicker ?? {};
      return DATEPICKER_LABELS.filter((label) => !texts[label]).map((label) => `${lang}:${label}`);
    });
    expect(missing).toEqual([]);
  });
});
