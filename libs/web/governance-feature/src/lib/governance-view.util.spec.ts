import type { GovernanceFocusAreaRef, MeetingDto, NetworkDto } from '@suunta/shared-domain';
import { filterMeetings, filterNetworks, focusAreaOptions, meetingsPerYear } from './governance-view.util';

const fa = (code: string): GovernanceFocusAreaRef => ({ id: `fa-${code}`, code, title: `Painopiste ${code}`, strategyId: 's' });

const meeting = (id: string, regionId: string, itemAreas: GovernanceFocusAreaRef[][]): MeetingDto => ({
  id, regionId, regionCode: null, body: 'regional_steering_group', bodyName: null, date: null, dateEarliest: null, dateLatest: null, dateNote: null,
  place: null, chair: null, secretary: null, notes: null, source: null, itemCount: itemAreas.length, focusAreas: [],
  items: itemAreas.map((focusAreas, i) => ({ id: `${id}-${i}`, number: i + 1, title: 't', proposal: null, discussion: null, decision: null, note: null, focusAreas })),
});

const network = (id: string, regionId: string, focusAreas: GovernanceFocusAreaRef[]): NetworkDto => ({
  id, regionId, regionCode: null, name: id, coordinator: null, sinceYear: null, meetingsPerYear: null, meetingsPerYearMin: null,
  meetingsPerYearMax: null, meetingsPerYearText: null, status: 'active', notes: null, source: null, focusAreas,
});

describe('governance view helpers', () => {
  const meetings = [meeting('m1', 'EP', [[], [fa('2015-3'), fa('2015-10')]]), meeting('m2', 'KP', [[fa('2020-5')]])];
  const networks = [network('n1', 'EP', [fa('2015-2')]), network('n2', 'KP', [fa('2020-5')])];

  it('offers every linked focus area once, in natural code order', () => {
    expect(focusAreaOptions(meetings, networks).map((f) => f.code)).toEqual(['2015-2', '2015-3', '2015-10', '2020-5']);
  });

  it('filters by region and by a focus area linked from any item', () => {
    expect(filterMeetings(meetings, { regionId: '', focusAreaId: '' }).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(filterMeetings(meetings, { regionId: 'EP', focusAreaId: '' }).map((m) => m.id)).toEqual(['m1']);
    expect(filterMeetings(meetings, { regionId: '', focusAreaId: 'fa-2015-10' }).map((m) => m.id)).toEqual(['m1']);
    expect(filterMeetings(meetings, { regionId: 'KP', focusAreaId: 'fa-2015-3' })).toEqual([]);
    expect(filterNetworks(networks, { regionId: '', focusAreaId: 'fa-2020-5' }).map((n) => n.id)).toEqual(['n2']);
    expect(filterNetworks(networks, { regionId: 'EP', focusAreaId: '' }).map((n) => n.id)).toEqual(['n1']);
  });

  it('writes the meeting rhythm as a number, a range or nothing', () => {
    expect(meetingsPerYear({ meetingsPerYear: 2, meetingsPerYearMin: 2, meetingsPerYearMax: 2 })).toBe('2');
    expect(meetingsPerYear({ meetingsPerYear: null, meetingsPerYearMin: 3, meetingsPerYearMax: 4 })).toBe('3–4');
    expect(meetingsPerYear({ meetingsPerYear: null, meetingsPerYearMin: null, meetingsPerYearMax: null })).toBeNull();
  });
});
