import type { PlanOptionsDto, PlanSummaryDto, PlanThemeDto, ProgressEntryDto } from '@suunta/shared-domain';
import {
  apiFieldErrors,
  closingPlan,
  correctionFormOf,
  correctionInput,
  DECIMAL_PATTERN,
  httpStatus,
  parseDecimal,
  themeFocusAreaChoices,
  WEB_ADDRESS_PATTERN,
} from './entry-edit.util';

const entry: ProgressEntryDto = {
  id: 'e1',
  regionId: 'kp',
  year: 2020,
  entryDate: '2020-11-12',
  criterionId: null,
  criterionTitle: null,
  actionId: 'a1',
  actionTitle: 'Kirjaamisvalmentajat',
  planId: 'p1',
  focusAreaId: 'f1',
  focusAreaTitle: 'Teema',
  value: 2,
  unit: 'kokoontumista',
  narrative: 'Verkosto kokoontui',
  evidenceUrl: null,
  authorId: 'u1',
  authorName: 'Suunnittelija',
  closedYearReason: null,
  retracted: false,
  version: 3,
  createdAt: '2020-11-12T10:00:00.000Z',
  updatedAt: '2020-11-12T10:00:00.000Z',
};

const plan = (over: Partial<PlanSummaryDto>): PlanSummaryDto => ({
  id: 'p',
  code: null,
  title: 'Plan',
  strategyId: 's',
  strategyTitle: 'S',
  regionId: null,
  startYear: 2019,
  endYear: 2020,
  status: 'closed',
  approvedOn: null,
  predecessorId: null,
  successorId: null,
  actionCount: 0,
  version: 1,
  ...over,
});

describe('the number and address patterns (same as the API DTOs)', () => {
  it.each(['0', '2', '2.5', '2,55', '1000000'])('accepts %s', (v) => expect(DECIMAL_PATTERN.test(v)).toBe(true));
  it.each(['N/A', 'ks. kuvaus', '-1', '2.555', '2,', '', ' 2'])('refuses %p', (v) => expect(DECIMAL_PATTERN.test(v)).toBe(false));
  it('reads a comma as the decimal point, blank as no value', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal(' 3 ')).toBe(3);
    expect(parseDecimal('  ')).toBeNull();
  });
  it('takes only http(s) addresses', () => {
    expect(WEB_ADDRESS_PATTERN.test('https://www.sonetbotnia.fi/uutiset')).toBe(true);
    expect(WEB_ADDRESS_PATTERN.test('ftp://example.fi')).toBe(false);
    expect(WEB_ADDRESS_PATTERN.test('www.example.fi')).toBe(false);
  });
});

describe('closingPlan', () => {
  it('finds a closed plan, regional or organization-wide, covering the year', () => {
    expect(closingPlan([plan({ regionId: 'kp' })], 2020, 'kp')?.id).toBe('p');
    expect(closingPlan([plan({ regionId: null })], 2019, 'ep')?.id).toBe('p');
  });
  it('ignores other regions, other years and plans that are not closed', () => {
    expect(closingPlan([plan({ regionId: 'ep' })], 2020, 'kp')).toBeNull();
    expect(closingPlan([plan({})], 2021, 'kp')).toBeNull();
    expect(closingPlan([plan({ status: 'approved' })], 2020, 'kp')).toBeNull();
  });
});

describe('correctionInput', () => {
  it('is null when nothing changed', () => {
    expect(correctionInput(entry, correctionFormOf(entry), true)).toBeNull();
    expect(correctionInput(entry, { ...correctionFormOf(entry), correctionReason: 'why' }, true)).toBeNull();
  });
  it('sends only what changed, with the version read and the reason', () => {
    expect(correctionInput(entry, { ...correctionFormOf(entry), value: '3', correctionReason: ' Kolme, ei kaksi ' }, true)).toEqual({
      version: 3,
      value: 3,
      correctionReason: 'Kolme, ei kaksi',
    });
    expect(correctionInput(entry, { ...correctionFormOf(entry), narrative: ' Uusi teksti ', evidenceUrl: 'https://x.fi' }, true)).toEqual({
      version: 3,
      narrative: 'Uusi teksti',
      evidenceUrl: 'https://x.fi',
      correctionReason: null,
    });
  });
  it('clears the value and the link when emptied; leaves the value alone where it is not editable', () => {
    const withLink = { ...entry, evidenceUrl: 'https://x.fi' };
    expect(correctionInput(withLink, { ...correctionFormOf(withLink), value: '', evidenceUrl: ' ' }, true)).toEqual({
      version: 3,
      value: null,
      evidenceUrl: null,
      correctionReason: null,
    });
    expect(correctionInput(entry, { ...correctionFormOf(entry), value: '9' }, false)).toBeNull();
  });
  it('sends a closed-year reason when one is given', () => {
    expect(correctionInput(entry, { ...correctionFormOf(entry), narrative: 'x', closedYearReason: 'Myöhästynyt kirjaus' }, true)).toMatchObject({
      closedYearReason: 'Myöhästynyt kirjaus',
    });
  });
});

describe('API errors', () => {
  it('reads field errors and the status', () => {
    const error = { status: 400, error: { statusCode: 400, message: 'x', errors: [{ field: 'value', message: 'not a number' }] } };
    expect(apiFieldErrors(error)).toEqual([{ field: 'value', message: 'not a number' }]);
    expect(httpStatus(error)).toBe(400);
    expect(apiFieldErrors(new Error('x'))).toEqual([]);
    expect(httpStatus(null)).toBe(0);
  });
});

describe('themeFocusAreaChoices', () => {
  const options = {
    focusAreas: [
      { id: 'f1', code: '1', title: 'A', strategyId: 's' },
      { id: 'f2', code: '2', title: 'B', strategyId: 's' },
      { id: 'f3', code: '3', title: 'C', strategyId: 'other' },
    ],
  } as PlanOptionsDto;
  const themes = [{ id: 't1', focusAreaId: 'f1' } as PlanThemeDto];
  it("offers the strategy's focus areas no other theme uses", () => {
    expect(themeFocusAreaChoices(options, 's', themes).map((f) => f.id)).toEqual(['f2']);
    expect(themeFocusAreaChoices(options, 's', themes, 't1').map((f) => f.id)).toEqual(['f1', 'f2']);
  });
});
