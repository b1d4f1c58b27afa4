import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MeetingDto, MeetingQuery, MeetingSummaryDto, NetworkDto, NetworkQuery, RegionDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The read-only governance endpoints: `/api/meetings`, `/api/networks` (and `/api/regions`). */
@Injectable({ providedIn: 'root' })
export class GovernanceApi {
  private readonly http = inject(HttpClient);

  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }

  meetings(query: MeetingQuery = {}): Promise<MeetingSummaryDto[]> {
    return firstValueFrom(this.http.get<MeetingSummaryDto[]>('/api/meetings', { params: params(query) }));
  }

  meeting(id: string): Promise<MeetingDto> {
    return firstValueFrom(this.http.get<MeetingDto>(`/api/meetings/${id}`));
  }

  networks(query: NetworkQuery = {}): Promise<NetworkDto[]> {
    return firstValueFrom(this.http.get<NetworkDto[]>('/api/networks', { params: params(query) }));
  }
}

function params(query: MeetingQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.regionId) out['regionId'] = query.regionId;
  if (query.focusAreaId) out['focusAreaId'] = query.focusAreaId;
  return out;
}
