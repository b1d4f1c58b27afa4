import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateFundingEntryDto, FundingEntryDto, FundingOverviewDto, UpdateFundingEntryDto } from '@suunta/shared-domain';
import { firstValueFrom } from 'rxjs';

/** The funding API (`/api/funding`): every signed-in role reads; management and admins write. */
@Injectable({ providedIn: 'root' })
export class FundingApi {
  private readonly http = inject(HttpClient);

  /** Each year with entries (oldest first), with the totals and shares the API computed. */
  overview(range: { fromYear?: number; toYear?: number } = {}): Promise<FundingOverviewDto> {
    const params: Record<string, string> = {};
    if (range.fromYear) params['fromYear'] = String(range.fromYear);
    if (range.toYear) params['toYear'] = String(range.toYear);
    return firstValueFrom(this.http.get<FundingOverviewDto>('/api/funding', { params }));
  }

  create(dto: CreateFundingEntryDto): Promise<FundingEntryDto> {
    return firstValueFrom(this.http.post<FundingEntryDto>('/api/funding/entries', dto));
  }

  /** 409 when the entry changed since `version` was read. */
  update(id: string, dto: UpdateFundingEntryDto): Promise<FundingEntryDto> {
    return firstValueFrom(this.http.patch<FundingEntryDto>(`/api/funding/entries/${encodeURIComponent(id)}`, dto));
  }

  remove(id: string, version: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/funding/entries/${encodeURIComponent(id)}`, { params: { version: String(version) } }));
  }
}
