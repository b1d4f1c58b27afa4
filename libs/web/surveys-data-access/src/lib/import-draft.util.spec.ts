import type { SurveyImportPreviewDto } from '@suunta/shared-domain';
import { commitRequest, detectFormat } from './import-draft.util';

describe('detectFormat', () => {
  it('goes by the file name first, then by the first line', () => {
    expect(detectFormat('vastaukset.csv', 'x')).toBe('webropol-csv');
    expect(detectFormat('raportti.txt', 'a;b;c')).toBe('webropol-report');
    expect(detectFormat(null, 'Vastaaja;Aloitettu;1. Kysymys\n1;2;3')).toBe('webropol-csv');
    expect(detectFormat(null, ' K-P SONet BOTNIA Arviointi 2020 \n')).toBe('webropol-report');
  });
});

describe('commitRequest', () => {
  const preview = {
    themes: [
      { index: 1, title: 'A', questionNumbers: [1, 2], focusAreaId: null, suggestedFocusAreaId: 'fa-1' },
      { index: 2, title: 'B', questionNumbers: [3], focusAreaId: null, suggestedFocusAreaId: null },
    ],
    columns: [
      { letter: 'A', kind: 'ignored' },
      { letter: 'C', kind: 'likert' },
    ],
  } as unknown as SurveyImportPreviewDto;
  const base = { format: 'webropol-report' as const, content: 'x', regionId: 'r' };

  it('sends every theme link of a report, unlinked ones as null', () => {
    expect(commitRequest(base, preview, { 1: 'fa-1' }, {}).themeLinks).toEqual([
      { themeIndex: 1, focusAreaId: 'fa-1' },
      { themeIndex: 2, focusAreaId: null },
    ]);
  });

  it('sends every column of a CSV with its kind and focus area', () => {
    const request = commitRequest({ ...base, format: 'webropol-csv' }, preview, {}, { C: { kind: 'likert', focusAreaId: 'fa-2' } });
    expect(request.columns).toEqual([
      { letter: 'A', kind: 'ignored', focusAreaId: null },
      { letter: 'C', kind: 'likert', focusAreaId: 'fa-2' },
    ]);
    expect(request.themeLinks).toBeUndefined();
  });
});
