import { countRows, MAX_ARCHIVE_BYTES, parseArchiveText } from './archive-view.util';

describe('parseArchiveText', () => {
  it('parses JSON and refuses what is empty, not JSON or over the limit', () => {
    expect(parseArchiveText('{"format":"suunta-archive"}', 27)).toEqual({ ok: true, value: { format: 'suunta-archive' } });
    expect(parseArchiveText('  ', 2)).toEqual({ ok: false, reason: 'empty' });
    expect(parseArchiveText('{"format":', 10)).toEqual({ ok: false, reason: 'not_json' });
    expect(parseArchiveText('{}', MAX_ARCHIVE_BYTES + 1)).toEqual({ ok: false, reason: 'too_large' });
    expect(parseArchiveText('{}', MAX_ARCHIVE_BYTES)).toEqual({ ok: true, value: {} });
  });
});

describe('countRows', () => {
  it('keeps the kinds there are some of, strategy first and minutes last', () => {
    const rows = countRows({
      focusAreas: 7, csfs: 7, criteria: 16, strategyActions: 0, roles: 0, people: 2, plans: 1, planActions: 32,
      progressEntries: 44, surveys: 1, surveyQuestions: 15, reports: 1, reportSections: 7, meetings: 0, meetingItems: 0,
    });
    expect(rows.map((r) => r.kind)).toEqual(['focusAreas', 'csfs', 'criteria', 'people', 'plans', 'planActions', 'progressEntries', 'surveys', 'surveyQuestions', 'reports', 'reportSections']);
    expect(rows[2]).toEqual({ kind: 'criteria', count: 16 });
  });
});
