import type { GovernanceFocusAreaRef, MeetingDto, NetworkDto } from '@suunta/shared-domain';

export interface GovernanceFilter {
  regionId: string;
  focusAreaId: string;
}

/** Every focus area the meetings' items and the networks link to, once, by code. */
export function focusAreaOptions(meetings: MeetingDto[], networks: NetworkDto[]): GovernanceFocusAreaRef[] {
  const byId = new Map<string, GovernanceFocusAreaRef>();
  for (const fa of [...meetings.flatMap((m) => m.items.flatMap((i) => i.focusAreas)), ...networks.flatMap((n) => n.focusAreas)]) byId.set(fa.id, fa);
  return [...byId.values()].sort((a, b) => (a.code ?? '\uffff').localeCompare(b.code ?? '\uffff', 'fi', { numeric: true }) || a.title.localeCompare(b.title, 'fi'));
}

/** Meetings of the region with an item linked to the focus area (empty filter values match all). */
export function filterMeetings(meetings: MeetingDto[], f: GovernanceFilter): MeetingDto[] {
  return meetings.filter(
    (m) => (!f.regionId || m.regionId === f.regionId) && (!f.focusAreaId || m.items.some((i) => i.focusAreas.some((fa) => fa.id === f.focusAreaId))),
  );
}

export function filterNetworks(networks: NetworkDto[], f: GovernanceFilter): NetworkDto[] {
  return networks.filter((n) => (!f.regionId || n.regionId === f.regionId) && (!f.focusAreaId || n.focusAreas.some((fa) => fa.id === f.focusAreaId)));
}

/** "2", "3–4" or null when the source gives no rhythm. */
export function meetingsPerYear(n: Pick<NetworkDto, 'meetingsPerYear' | 'meetingsPerYearMin' | 'meetingsPerYearMax'>): string | null {
  if (n.meetingsPerYear !== null) return String(n.meetingsPerYear);
  const { meetingsPerYearMin: min, meetingsPerYearMax: max } = n;
  if (min !== null && max !== null) return min === max ? String(min) : `${min}–${max}`;
  if (min !== null) return `≥ ${min}`;
  if (max !== null) return `≤ ${max}`;
  return null;
}
