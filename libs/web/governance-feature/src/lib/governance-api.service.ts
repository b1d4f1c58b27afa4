import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateActionFromDecisionDto,
  CreateFollowUpDto,
  CreateMeetingDto,
  CreateMeetingItemDto,
  CreateNetworkDto,
  FocusAreaDecisionDto,
  MeetingDigestDto,
  MeetingDigestSnapshotDto,
  MeetingDto,
  MeetingQuery,
  MeetingSummaryDto,
  MinutesImportPreviewDto,
  MinutesImportSaveDto,
  NetworkDto,
  NetworkQuery,
  PlanOptionsDto,
  RegionDto,
  UpdateFollowUpDto,
  UpdateMeetingDto,
  UpdateMeetingItemDto,
  UpdateNetworkDto,
} from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The governance endpoints: `/api/meetings` (minutes, written and read), `/api/networks` (and `/api/regions`). */
@Injectable({ providedIn: 'root' })
export class GovernanceApi {
  private readonly http = inject(HttpClient);

  regions(): Promise<RegionDto[]> {
    return firstValueFrom(this.http.get<RegionDto[]>('/api/regions'));
  }

  /** Focus areas to link a § or a network to (every strategy's, with its code). */
  async focusAreas(): Promise<PlanOptionsDto['focusAreas']> {
    return (await firstValueFrom(this.http.get<PlanOptionsDto>('/api/plans/options'))).focusAreas;
  }

  meetings(query: MeetingQuery = {}): Promise<MeetingSummaryDto[]> {
    return firstValueFrom(this.http.get<MeetingSummaryDto[]>('/api/meetings', { params: params(query) }));
  }

  /** The meeting digest computed now from the stored data. */
  digest(meetingId: string): Promise<MeetingDigestDto> {
    return firstValueFrom(this.http.get<MeetingDigestDto>(`/api/meetings/${meetingId}/digest`));
  }

  /** The stored digest (made when the meeting was scheduled, or again), or null. */
  async digestSnapshot(meetingId: string): Promise<MeetingDigestSnapshotDto | null> {
    return (await firstValueFrom(this.http.get<{ snapshot: MeetingDigestSnapshotDto | null }>(`/api/meetings/${meetingId}/digest/snapshot`))).snapshot;
  }

  generateDigest(meetingId: string): Promise<MeetingDigestSnapshotDto> {
    return firstValueFrom(this.http.post<MeetingDigestSnapshotDto>(`/api/meetings/${meetingId}/digest/generate`, {}));
  }

  meeting(id: string): Promise<MeetingDto> {
    return firstValueFrom(this.http.get<MeetingDto>(`/api/meetings/${id}`));
  }

  decisions(focusAreaId: string): Promise<FocusAreaDecisionDto[]> {
    return firstValueFrom(this.http.get<FocusAreaDecisionDto[]>('/api/meetings/decisions', { params: { focusAreaId } }));
  }

  createMeeting(dto: CreateMeetingDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>('/api/meetings', dto));
  }

  updateMeeting(id: string, dto: UpdateMeetingDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.patch<MeetingDto>(`/api/meetings/${id}`, dto));
  }

  addItem(id: string, dto: CreateMeetingItemDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>(`/api/meetings/${id}/items`, dto));
  }

  updateItem(id: string, itemId: string, dto: UpdateMeetingItemDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.patch<MeetingDto>(`/api/meetings/${id}/items/${itemId}`, dto));
  }

  deleteItem(id: string, itemId: string, version: number): Promise<MeetingDto> {
    return firstValueFrom(this.http.delete<MeetingDto>(`/api/meetings/${id}/items/${itemId}`, { params: { version } }));
  }

  transition(id: string, step: 'check' | 'approve', version: number): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>(`/api/meetings/${id}/${step}`, { version }));
  }

  reopen(id: string, version: number, reason: string): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>(`/api/meetings/${id}/reopen`, { version, reason }));
  }

  createAction(id: string, itemId: string, dto: CreateActionFromDecisionDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>(`/api/meetings/${id}/items/${itemId}/action`, dto));
  }

  createFollowUp(id: string, itemId: string, dto: CreateFollowUpDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>(`/api/meetings/${id}/items/${itemId}/follow-ups`, dto));
  }

  updateFollowUp(id: string, followUpId: string, dto: UpdateFollowUpDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.patch<MeetingDto>(`/api/meetings/${id}/follow-ups/${followUpId}`, dto));
  }

  previewImport(text: string): Promise<MinutesImportPreviewDto> {
    return firstValueFrom(this.http.post<MinutesImportPreviewDto>('/api/meetings/import/preview', { text }));
  }

  saveImport(dto: MinutesImportSaveDto): Promise<MeetingDto> {
    return firstValueFrom(this.http.post<MeetingDto>('/api/meetings/import', dto));
  }

  networks(query: NetworkQuery = {}): Promise<NetworkDto[]> {
    return firstValueFrom(this.http.get<NetworkDto[]>('/api/networks', { params: params(query) }));
  }

  createNetwork(dto: CreateNetworkDto): Promise<NetworkDto> {
    return firstValueFrom(this.http.post<NetworkDto>('/api/networks', dto));
  }

  updateNetwork(id: string, dto: UpdateNetworkDto): Promise<NetworkDto> {
    return firstValueFrom(this.http.patch<NetworkDto>(`/api/networks/${id}`, dto));
  }
}

function params(query: MeetingQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (query.regionId) out['regionId'] = query.regionId;
  if (query.focusAreaId) out['focusAreaId'] = query.focusAreaId;
  return out;
}
